import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/security/csp';
import { tempDir } from '../../support/notes';

const fake = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn() }));
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: fake.registerSchemesAsPrivileged } }));

const { appProtocolResponse, registerAppScheme } = await import('../../../electron/main/protocol');

let dir: string;
let rendererDir: string;
beforeAll(() => {
  dir = tempDir('briefing-protocol-');
  rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Briefing Studio</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('appProtocolResponse', () => {
  it('serves the renderer with the CSP and nosniff headers', async () => {
    const response = await appProtocolResponse(rendererDir, 'app://briefing/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      'app://briefing/../secret.txt',
      'app://briefing/%2e%2e/secret.txt',
      'app://briefing/..%2fsecret.txt',
      'app://briefing/assets/..%2f..%2fsecret.txt',
      'app://briefing/..%5csecret.txt',
      'app://briefing/%2e%2e%2fsecret.txt',
    ];
    for (const url of attempts) {
      const response = await appProtocolResponse(rendererDir, url);
      // Either refused or answered with the app's own index.html (the single-page fallback).
      expect([200, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('TOP SECRET');
    }
  });

  it('answers only for the app host', async () => {
    expect((await appProtocolResponse(rendererDir, 'app://elsewhere/index.html')).status).toBe(404);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });
});
