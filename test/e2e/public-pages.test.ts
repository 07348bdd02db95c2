import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, servedInBrowser, tabTo } from '../helpers/browser';
import { createProfile } from '../helpers/factories';

// The public pages in a real browser: axe finds no WCAG 2.1 AA violation on any of them, in any
// language, and a resident can search and verify with the keyboard alone.

let app: App;
let base: string;
let page: Page;
let profileIds: { active: string; closed: string; mastodon: string; closing: string };

servedInBrowser(
  async () => {
    app = await startTestApp({ now: () => new Date('2026-11-24T10:00:00Z') });
    const unit = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education sector' } }, 'test');
    const team = await app.registry.createUnit({ parentId: unit.id, level: 'unit', name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' } }, 'test');
    const active = await createProfile(app.registry, {
      displayName: 'Pieksämäen Nuorisotoimi',
      url: 'https://www.instagram.com/pieksamaennuoriso/',
      handle: 'pieksamaennuoriso',
      unitId: team.id,
    });
    const closed = await createProfile(app.registry, {
      displayName: 'Pieksämäen nuorisotalo',
      url: 'https://www.facebook.com/pieksamaennuorisotalo',
      platform: 'facebook',
      handle: null,
      unitId: team.id,
      status: 'closed',
      closingDate: '2026-03-31',
      closingReason: 'Nuorisotalon viestintä siirtyi nuorisotoimen profiiliin.',
      successorProfileId: active.id,
    });
    const mastodon = await createProfile(app.registry, { displayName: 'Pieksämäki Mastodonissa', platform: 'mastodon', url: 'https://mastodon.fi/@pieksamaki', handle: null });
    const closing = await createProfile(app.registry, {
      displayName: 'Kirjastoauto',
      platform: 'x',
      url: 'https://x.com/pmkkirjastoauto',
      handle: 'pmkkirjastoauto',
      status: 'closing',
      closingDate: '2026-12-31',
      closingReason: 'Kirjastoauton tiedotus siirtyy kirjaston verkkosivuille.',
      successorUrl: 'https://www.pieksamaki.fi/kirjasto',
    });
    profileIds = { active: active.id, closed: closed.id, mastodon: mastodon.id, closing: closing.id };
    return app;
  },
  (session) => ({ base, page } = session),
  { clearCookies: false },
);

async function open(path: string) {
  const response = await page.goto(`${base}${path}`);
  return response?.status();
}

describe('public pages in a browser', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    describe(`in ${lang}`, () => {
      const paths = () => [
        '/',
        '/?q=nuoriso&platform=instagram',
        `/profiles/${profileIds.active}`,
        `/profiles/${profileIds.closed}`,
        `/profiles/${profileIds.mastodon}`,
        `/profiles/${profileIds.closing}`,
        '/profiles/not-a-profile',
        '/?status=closed',
        '/?q=zzzz',
        '/verify',
        '/verify?address=instagram.com%2Fpieksamaennuoriso',
        '/verify?address=https%3A%2F%2Fwww.facebook.com%2Fpieksamaennuorisotalo',
        '/verify?address=x.com%2Fpmkkirjastoauto',
        '/verify?address=instagram.com%2Fnot_the_city',
        '/verify?address=instagram.com%2Fpieksamaennuoriso_virallinen&name=Pieks%C3%A4m%C3%A4en+nuoriso',
        '/verify?address=hello+world',
        '/open-data',
        '/no-such-page',
      ];

      it('has no accessibility violations on any public page', async () => {
        await open(`/language/${lang}?next=/`);
        for (const path of paths()) {
          await open(path);
          expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
          expect(await page.locator('h1').count(), path).toBe(1);
          expect(await accessibilityViolations(page), path).toEqual([]);
        }
        // Sixteen pages under axe take 12–17 s alone, more on a busy machine.
      }, 90_000);
    });
  }
});

describe('by keyboard alone', () => {
  it('verifies a profile: tab to the field, type, Enter', async () => {
    await open('/language/en?next=/verify');
    await page.keyboard.press('Tab'); // the skip link comes first
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Profile address or handle'));
    await page.keyboard.type('https://m.instagram.com/PieksamaenNuoriso/?hl=fi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/address=/);
    expect(await page.title()).toMatch(/^Official profile – /);
    expect(await page.getByRole('heading', { level: 2, name: 'Result: Official profile' }).count()).toBe(1);
    expect(await page.getByText('Yes. This is an official profile of Pieksämäki: Pieksämäen Nuorisotoimi.').count()).toBe(1);
    expect(await page.getByLabel('Profile address or handle').inputValue()).toBe('https://m.instagram.com/PieksamaenNuoriso/?hl=fi');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('verifies a bare handle by choosing the platform with the keyboard', async () => {
    await open('/language/fi?next=/verify');
    await tabTo(page, page.getByLabel('Profiilin osoite tai käyttäjätunnus'));
    await page.keyboard.type('@pieksamaennuoriso');
    await tabTo(page, page.getByLabel('Palvelu', { exact: true }), 1);
    await page.keyboard.type('Instagram');
    expect(await page.getByLabel('Palvelu', { exact: true }).inputValue()).toBe('instagram');
    await tabTo(page, page.getByRole('button', { name: 'Tarkista' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/platform=instagram/);
    expect(await page.getByRole('heading', { level: 2, name: 'Tulos: Virallinen profiili' }).count()).toBe(1);
  });

  it('tells a closed profile from an official one, in words', async () => {
    await open('/language/sv?next=/verify');
    await tabTo(page, page.getByLabel('Profilens adress eller användarnamn'));
    await page.keyboard.type('facebook.com/pieksamaennuorisotalo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/address=/);
    expect(await page.getByRole('heading', { level: 2, name: 'Resultat: Tidigare officiell profil, avslutad 31.3.2026' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Pieksämäen Nuorisotoimi (Instagram)' }).count()).toBe(1);
  });

  it('leads from the error message to the field', async () => {
    await open('/language/en?next=/verify');
    await tabTo(page, page.getByLabel('Profile address or handle'));
    await page.keyboard.type('hello world');
    await page.keyboard.press('Enter');
    await page.waitForURL(/address=hello/);
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading', { name: 'Please check' }).count()).toBe(1);
    const field = page.getByLabel('Profile address or handle');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // The accessible description carries the error, so a screen reader hears it on the field.
    const description = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '),
    );
    expect(description).toContain('This is not the address of a social media profile.');
    await tabTo(page, summary.getByRole('link', { name: 'This is not the address of a social media profile.' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('searches the registry and opens a profile', async () => {
    await open('/language/fi?next=/');
    await tabTo(page, page.getByLabel('Hakusana'));
    await page.keyboard.type('nuoriso');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=nuoriso/);
    expect(await page.getByRole('heading', { level: 2, name: '2 profiilia' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'Sivistystoimiala › Nuorisopalvelut' }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /Pieksämäen nuorisotalo.*Lopetettu 31\.3\.2026/ }).count()).toBe(1);
    await tabTo(page, page.getByRole('link', { name: 'Pieksämäen Nuorisotoimi', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/profiles/${profileIds.active}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pieksämäen Nuorisotoimi');
  });

  it('filters the registry by platform with the keyboard', async () => {
    await open('/language/en?next=/');
    await tabTo(page, page.getByLabel('Platform'));
    await page.keyboard.type('Mastodon');
    expect(await page.getByLabel('Platform').inputValue()).toBe('mastodon');
    await tabTo(page, page.getByRole('button', { name: 'Search' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/platform=mastodon/);
    expect(await page.getByRole('heading', { level: 2, name: '1 profile' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Pieksämäki Mastodonissa' }).count()).toBe(1);
  });

  it('switches language with the keyboard and stays on the page', async () => {
    await open('/language/fi?next=/verify');
    await tabTo(page, page.getByRole('link', { name: 'Svenska' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/verify$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kontrollera en profil');
    await tabTo(page, page.getByRole('link', { name: 'English' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/verify$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check a profile');
  });

  it("links a Mastodon profile with rel=\"me\", so Mastodon can mark the registry link verified", async () => {
    await open(`/profiles/${profileIds.mastodon}`);
    const link = page.locator('a[rel~="me"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://mastodon.fi/@pieksamaki');
    expect(await link.isVisible()).toBe(true);
  });

  it('shows focus on every interactive element', async () => {
    await open('/verify');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? getComputedStyle(el).outlineStyle : 'none';
      });
      expect(outline).not.toBe('none');
    }
  });
});
