/**
 * Playwright fixtures: a running app per test and a network log that fails the test if
 * the page requests anything that is not on 127.0.0.1 (the offline guarantee).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

export interface Fixtures {
  app: RunningApp;
  requests: string[];
  openApp: (page?: Page) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // Playwright requires an object pattern here even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.stop();
  },
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
    const foreign = urls.filter((url) => !isLocal(url));
    expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
  },
  openApp: async ({ app, page, requests }, use) => {
    void requests;
    await use(async (target = page) => {
      await target.goto(app.url);
      await expect(target.locator('[data-ready="true"]')).toBeVisible();
      return target;
    });
  },
});

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export { expect };
