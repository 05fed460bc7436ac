/**
 * Resolves a request path to a file inside the built renderer, refusing anything that
 * would escape it (`..`, encoded slashes, NUL). Unknown paths fall back to index.html so
 * the single-page app can route.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

export function resolveRendererFile(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return null;
  const root = normalize(rootDir);
  const candidate = join(root, relative);
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (relative !== '' && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(root, 'index.html');
  return existsSync(index) ? index : null;
}
