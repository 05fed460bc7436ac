/**
 * Renderer unit tests render components that word everything through the catalogues: load
 * them, in English, for those test files only (the other tests never pay for i18next).
 */
import { expect } from 'vitest';

if (expect.getState().testPath?.replaceAll('\\', '/').includes('/tests/unit/renderer/')) {
  const { setUiLanguage } = await import('../../../renderer/src/i18n');
  await setUiLanguage('en');
}
