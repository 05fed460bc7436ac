import { test, expect } from '../support/fixtures';

test('the app loads in browser mode and shows app.info from the real store', async ({ openApp, app, page, requests }) => {
  await openApp();
  // The workspace details live in the About dialog, opened from the status bar.
  await page.getByRole('button', { name: /^Briefing Studio \d/ }).click();
  const info = page.getByTestId('app-info');
  await expect(info.getByTestId('data-dir')).toHaveText(app.dataDir);
  await expect(info.getByTestId('schema-version')).not.toHaveText('');
  // The token moved out of the address bar into session storage.
  expect(page.url()).not.toContain('token=');
  expect(requests.some((url) => url.includes('/api/app.info'))).toBe(true);
});

test('the page cannot call the API without the token', async ({ openApp, page }) => {
  await openApp();
  const status = await page.evaluate(async () => (await fetch('/api/app.info', { method: 'POST', body: '{}' })).status);
  expect(status).toBe(401);
});

test('the renderer is served with a strict Content-Security-Policy', async ({ app, request }) => {
  const response = await request.get(app.origin + '/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("default-src 'none'");
});
