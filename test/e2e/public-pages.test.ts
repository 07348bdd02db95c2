import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, launchBrowser } from '../helpers/browser';
import { createProfile } from '../helpers/factories';

// The public pages in a real browser: axe finds no WCAG 2.1 AA violation on any of them, in any
// language, and a resident can search and verify with the keyboard alone.

let app: App;
let base: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let page: Page;
let profileIds: { active: string; closed: string; mastodon: string };

beforeAll(async () => {
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
  profileIds = { active: active.id, closed: closed.id, mastodon: mastodon.id };
  base = await app.server.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  context = browser.context;
  page = context.pages()[0] ?? (await context.newPage());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

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
        '/verify',
        '/verify?address=instagram.com%2Fpieksamaennuoriso',
        '/verify?address=https%3A%2F%2Fwww.facebook.com%2Fpieksamaennuorisotalo',
        '/verify?address=instagram.com%2Fnot_the_city',
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
      });
    });
  }
});

describe('by keyboard alone', () => {
  it('verifies a profile: tab to the field, type, Enter', async () => {
    await open('/language/en?next=/verify');
    await page.keyboard.press('Tab'); // the skip link comes first
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    const field = page.getByLabel('Profile address or handle');
    for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('https://m.instagram.com/PieksamaenNuoriso/?hl=fi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/address=/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Official profile/ }).count()).toBe(1);
    expect(await page.getByText('Yes. This is an official profile of Pieksämäki: Pieksämäen Nuorisotoimi.').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('searches the registry and opens a profile', async () => {
    await open('/language/fi?next=/');
    const search = page.getByLabel('Hakusana');
    await search.focus();
    await page.keyboard.type('nuoriso');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=nuoriso/);
    expect(await page.getByRole('heading', { level: 2, name: '2 profiilia' }).count()).toBe(1);
    const link = page.getByRole('link', { name: 'Pieksämäen Nuorisotoimi' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/profiles/${profileIds.active}`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pieksämäen Nuorisotoimi');
  });

  it('switches language with the keyboard and stays on the page', async () => {
    await open('/language/fi?next=/verify');
    const swedish = page.getByRole('link', { name: 'Svenska' });
    await swedish.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/verify$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kontrollera en profil');
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
