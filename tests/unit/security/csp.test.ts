import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/security/csp';
import { projectRoot } from '../../support/host';

it('index.html carries the same CSP as the response header (minus frame-ancestors)', () => {
  const html = readFileSync(join(projectRoot, 'renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  const expected = contentSecurityPolicy.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  expect(meta).toBe(expected);
});

it('the policy allows no remote origin, inline script or eval', () => {
  expect(contentSecurityPolicy).not.toMatch(/https?:|\*|'unsafe-eval'/);
  const scriptSrc = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self'");
});
