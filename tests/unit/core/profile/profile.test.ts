import { afterEach, describe, expect, it } from 'vitest';
import { initialsOf } from '../../../../electron/core/profile/profile';
import { openStarterApp, type StarterApp } from '../../../support/starter-services';

const apps: StarterApp[] = [];
afterEach(() => apps.splice(0).forEach((a) => a.close()));

describe('the user profile', () => {
  it('is empty on first run, then keeps the cleaned name and initials across restarts', async () => {
    const app = openStarterApp();
    apps.push(app);
    expect(await app.call('profile.get', {})).toEqual({ profile: null });
    expect(await app.call('profile.set', { name: '  Nguyễn\u202E Thị\nLan ' })).toEqual({ profile: { name: 'Nguyễn Thị Lan', initials: 'NTL' } });
    app.services.close();
    const again = openStarterApp(app.dataDir);
    apps.push(again);
    expect(await again.call('profile.get', {})).toEqual({ profile: { name: 'Nguyễn Thị Lan', initials: 'NTL' } });
    expect(await again.call('profile.set', { name: 'Lan Nguyen', initials: 'LAN' })).toEqual({ profile: { name: 'Lan Nguyen', initials: 'LAN' } });
    expect((await again.call('profile.get', {})).profile!.initials).toBe('LAN');
  });

  it('refuses a name that is empty once cleaned', async () => {
    const app = openStarterApp();
    apps.push(app);
    expect(await app.refusal('profile.set', { name: ' \u0000 ' })).toMatchObject({ code: 'invalid_request', issues: [{ path: 'name' }] });
    expect(await app.call('profile.get', {})).toEqual({ profile: null });
  });

  it('keeps preferences across restarts: typographic quotes on by default, off once turned off', async () => {
    const app = openStarterApp();
    apps.push(app);
    expect(await app.call('profile.preferences', {})).toEqual({ preferences: { smartQuotes: true, uiLanguage: '' } });
    expect(await app.call('profile.setPreferences', { smartQuotes: false })).toEqual({ preferences: { smartQuotes: false, uiLanguage: '' } });
    // The interface language chosen in Settings is kept too ('' follows the system).
    expect(await app.call('profile.setPreferences', { uiLanguage: 'vi' })).toEqual({ preferences: { smartQuotes: false, uiLanguage: 'vi' } });
    app.services.close();
    const again = openStarterApp(app.dataDir);
    apps.push(again);
    expect(await again.call('profile.preferences', {})).toEqual({ preferences: { smartQuotes: false, uiLanguage: 'vi' } });
    expect(await again.call('profile.setPreferences', {})).toEqual({ preferences: { smartQuotes: false, uiLanguage: 'vi' } });
  });

  it('derives initials from up to three words', () => {
    expect(initialsOf('émile zola')).toBe('ÉZ');
    expect(initialsOf('Anna Maria Louisa Schmidt')).toBe('AML');
  });
});
