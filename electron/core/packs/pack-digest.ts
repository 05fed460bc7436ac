/** The digest of a fact pack: see pack-format.ts for exactly what is hashed. */
import { canonicalJson, sha256Hex } from './canonical-json';

export function packDigest(pack: Record<string, unknown>): string {
  const hashed = { ...pack };
  delete hashed.digest;
  return sha256Hex(canonicalJson(hashed));
}
