import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { en } from '../../src/impersonation/locales/en';
import { lookalikeCatalogue } from '../../src/impersonation/locales/lookalike';
import { fi } from '../../src/impersonation/locales/fi';
import { sv } from '../../src/impersonation/locales/sv';
import { registryCatalogue } from '../../src/registry/locales';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, servedInBrowser, signInByKeyboard, tabTo } from '../helpers/browser';
import { createStaff } from '../helpers/client';
import { createProfile } from '../helpers/factories';

// Reporting a fake profile and handling its case in a real browser, in Finnish, Swedish and
// English: a resident reports without signing in (and is led from an error to its field),
// communications confirm the fake, report it to the platform and record its removal, and the
// public warning list shows it while it is online. Axe checks every page on the way.

let app: App;
let base: string;
let page: Page;
let comms = { email: '', password: '' };
let officialId = '';

const texts = { fi, sv, en } as const;
// Each language's fake adds a word of its own to the official handle, so each opens a case of its own.
const fakeHandles = { fi: 'pieksamaenkaupunki_virallinen', sv: 'pieksamaenkaupunki_officiell', en: 'pieksamaenkaupunki_official' } as const;

servedInBrowser(
  async () => {
    app = await startTestApp({ now: () => new Date('2026-11-24T10:00:00Z'), env: { REPORT_RATE_LIMIT: '20' } });
    const official = await createProfile(app.registry, { displayName: 'Pieksämäen kaupunki', handle: 'pieksamaenkaupunki', url: 'https://www.instagram.com/pieksamaenkaupunki/' });
    officialId = official.id;
    comms = await createStaff(app, { email: 'ville.viestija@pieksamaki.fi', displayName: 'Ville Viestijä', roles: [{ role: 'communications', unitId: null }] });
    return app;
  },
  (session) => ({ base, page } = session),
);

async function noViolations(where: string) {
  expect(await accessibilityViolations(page), where).toEqual([]);
}

for (const lang of ['fi', 'sv', 'en'] as const) {
  describe(`a fake profile in ${lang} (policy rule P6)`, () => {
    it('is reported by a resident, handled by communications and shown on the warning list until removed', async () => {
      const t = texts[lang];
      const verifyTexts = registryCatalogue[lang].pages.verify;
      const handle = fakeHandles[lang];
      const suspect = `https://www.instagram.com/${handle}`;
      const checkPage = `/verify?address=${encodeURIComponent(`instagram.com/${handle}`)}`;

      // A resident checks the address: it is not the city's, and it looks like the city's profile.
      await page.goto(`${base}/language/${lang}?next=${encodeURIComponent(checkPage)}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('#result-title').textContent()).toContain(verifyTexts.suspectedTitle);
      expect(await page.locator('.resemblances').getByRole('link').textContent()).toBe('Pieksämäen kaupunki');
      await noViolations('verify: suspected fake');

      // The answer's link leads to the report form, with the address filled in.
      await Promise.all([page.waitForURL(/\/report\?/), page.getByRole('link', { name: verifyTexts.reportLink }).click()]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t.report.title);
      expect(await page.getByLabel(t.report.address).inputValue()).toBe(suspect);
      await noViolations('report form');

      // Sent without saying what is wrong: the summary names the field and leads to it.
      await page.getByRole('button', { name: t.report.submit }).click();
      await page.waitForSelector('.error-summary');
      await noViolations('report form with an error');
      const summaryLink = page.getByRole('alert').getByRole('link', { name: t.problem['description-required'] });
      await tabTo(page, summaryLink);
      await page.keyboard.press('Enter');
      const description = page.getByLabel(t.report.description);
      await expect.poll(() => description.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Profiili käyttää kaupungin logoa ja pyytää henkilötietoja.');
      await page.getByLabel(t.report.contactEmail).fill(`asukas.${lang}@example.fi`);
      await Promise.all([page.waitForURL(/\/report\/received\?case=\d+$/), page.getByRole('button', { name: t.report.submit }).click()]);
      const number = Number(new URL(page.url()).searchParams.get('case'));
      expect(await page.getByRole('status').textContent()).toBe(t.received.caseNumber.replace('{{number}}', String(number)));
      await noViolations('confirmation');

      // Communications see it on the dashboard and in the list, and open the case.
      await signInByKeyboard(page, base, comms);
      await page.goto(`${base}/language/${lang}?next=/staff`);
      expect(await page.getByRole('heading', { level: 2, name: t.dashboard.title }).count()).toBe(1);
      await noViolations('dashboard');
      await page.locator('.staff-nav').getByRole('link', { name: t.nav.cases }).click();
      await page.waitForURL(/\/staff\/cases$/);
      await noViolations('case list');
      await Promise.all([page.waitForURL(new RegExp(`/staff/cases/${number}$`)), page.getByRole('link', { name: `#${number}`, exact: true }).click()]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(`#${number}`);
      await noViolations('new case');

      // Confirmed as a fake of the city's own profile.
      await page.getByRole('radio', { name: t.verdict.fake, exact: true }).check();
      await page.getByLabel(t.view.impersonated.label).selectOption(officialId);
      await Promise.all([page.waitForURL(/done=triaged/), page.getByRole('button', { name: t.view.triage.submit }).click()]);
      expect(await page.getByRole('status').textContent()).toBe(t.view.done.triaged);
      await noViolations('confirmed case');

      // Reported to the platform, by keyboard.
      await tabTo(page, page.getByLabel(t.view.platformForm.channel), 60);
      await page.getByLabel(t.view.platformForm.channel).selectOption('report-form');
      await page.getByLabel(t.view.platformForm.reference).fill('IG-2026-11');
      await Promise.all([page.waitForURL(/done=reported-to-platform/), page.getByRole('button', { name: t.view.platformForm.submit }).click()]);
      await noViolations('reported case');

      // Verify now tells residents the city has confirmed it as a fake.
      await page.goto(`${base}${checkPage}`);
      expect(await page.locator('#result-title').textContent()).toContain(verifyTexts.reportedFakeTitle);
      await noViolations('verify: confirmed fake');

      // While it is online, residents are warned of it: as text, never as a link.
      await page.goto(`${base}/warnings`);
      const row = page.getByRole('row', { name: new RegExp(`instagram\\.com/${handle}`) });
      expect(await row.count()).toBe(1);
      expect(await row.getByRole('link').textContent()).toBe('Pieksämäen kaupunki');
      expect(await page.locator(`a[href*="${handle}"]`).count()).toBe(0);
      await noViolations('warning list');

      // Removed: off the list, and the case ended.
      await page.goto(`${base}/staff/cases/${number}`);
      await Promise.all([page.waitForURL(/done=removed/), page.getByRole('button', { name: t.view.removedForm.submit }).click()]);
      expect(await page.getByText(t.view.ended).count()).toBe(1);
      await noViolations('removed case');
      await page.goto(`${base}/warnings`);
      expect(await page.getByRole('row', { name: new RegExp(`instagram\\.com/${handle}`) }).count()).toBe(0);
      await noViolations('warning list after removal');
    }, 90_000);
  });
}

for (const lang of ['fi', 'sv', 'en'] as const) {
  describe(`the watch list in ${lang}`, () => {
    it('records what a look on the platform found, and leads from an error to its field', async () => {
      const w = lookalikeCatalogue[lang].watch;
      await page.context().clearCookies();
      await signInByKeyboard(page, base, comms);
      await page.goto(`${base}/language/${lang}?next=${encodeURIComponent(`/staff/watch-list?profile=${officialId}`)}`);
      const variant = 'pieksamaenkaupunki_virallinen';
      const row = page.locator('tr', { has: page.locator('code', { hasText: new RegExp(`^${variant}$`) }) });

      // Recorded without choosing what was found: the error leads to the row's choice.
      await Promise.all([page.waitForLoadState('load'), row.getByRole('button', { name: `${w.record}: ${variant}` }).click()]);
      expect(await page.locator('.error-summary').textContent()).toContain(w.problem.required);
      await noViolations('watch list: error');
      await page.locator('.error-summary a').first().click();
      const choice = page.getByLabel(w.recordOutcome.replace('{{variant}}', variant));
      expect(await choice.evaluate((element) => element === document.activeElement || location.hash === `#${element.id}`)).toBe(true);

      await choice.selectOption('taken');
      await Promise.all([page.waitForURL(/recorded=/), row.getByRole('button', { name: `${w.record}: ${variant}` }).click()]);
      expect(await page.locator('.notice').textContent()).toBe(w.recorded.replace('{{variant}}', variant).replace('{{outcome}}', w.outcome.taken));
      expect(await row.getByRole('link', { name: w.reportTaken }).getAttribute('href')).toContain('/report?url=');
      await noViolations('watch list: recorded');
    }, 60_000);
  });
}

describe('the list of cases, page by page', () => {
  it('moves between pages by keyboard, without violations', async () => {
    for (let i = 0; i < 51; i++) {
      await app.impersonation.report({ address: `https://x.com/pmk_sivu_${i}`, platform: '', description: 'Vale.', evidence: '', shownName: '', contactEmail: '' }, 'fi');
    }
    await page.context().clearCookies();
    await signInByKeyboard(page, base, comms);
    await page.goto(`${base}/language/fi?next=${encodeURIComponent('/staff/cases?state=all')}`);
    const list = fi.list;
    expect(await page.locator('.pager p').textContent()).toMatch(new RegExp(`^${list.shown.replace('{{first}}', '1').replace('{{last}}', '50').replace('{{total}}', '\\d+')}$`));
    await noViolations('case list, first page');
    await tabTo(page, page.getByRole('link', { name: list.next }), 200);
    await Promise.all([page.waitForURL(/page=2/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('link', { name: list.previous }).count()).toBe(1);
    await noViolations('case list, second page');
  }, 60_000);
});
