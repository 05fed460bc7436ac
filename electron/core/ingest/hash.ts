import { createHash } from 'node:crypto';

/** The stored text's fingerprint: the SHA-256 of its UTF-8 bytes, as lowercase hex. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
