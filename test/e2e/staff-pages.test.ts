import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { demoUnitId } from '../../src/registry/demo/data';
import { loadDemoData } from '../../src/registry/demo/load';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, servedInBrowser, signInByKeyboard, tabTo } from '../helpers/browser';
import { createStaff } from '../helpers/client';

// Staff pages in a real browser: signing in and out by keyboard, a forbidden page, and no WCAG 2.1
// AA violation on any staff page, in Finnish, Swedish and English.

let app: App;
let base: string;
let page: Page;
const people = { communications: { email: '', password: '' }, employee: { email: '', password: '' } };
let proposalId = '';

servedInBrowser(
  async () => {
    app = await startTestApp({ now: () => new Date('2026-11-24T10:00:00Z') });
    await loadDemoData(app.registry, app.database, app.config);
    people.communications = await createStaff(app, { email: 'ville.viestija@pieksamaki.fi', displayName: 'Ville Viestijä', roles: [{ role: 'communications', unitId: null }] });
    people.employee = await createStaff(app, { email: 'teemu.tyontekija@pieksamaki.fi', displayName: 'Teemu Työntekijä', roles: [{ role: 'employee', unitId: demoUnitId(5) }] });
    // A draft of the communications person's own, with everything missing: the page lists it all.
    const communications = (await app.auth.staffUser(app.database.db, (people.communications as { id?: string }).id!))!;
    const draft = await app.lifecycle.createDraft(communications, {
      kind: 'expert', platform: 'instagram', workingName: 'Luonnos', unitId: demoUnitId(5), purpose: '', audience: '', interactions: [],
      privateMessagePolicy: '', hoursPerWeek: 0, administrators: [], contactEmail: '', expertUserId: null, expertRole: '', separationConfirmed: false,
      termsVersionReviewed: null, termsConcerns: '',
    });
    if (!draft.ok) throw new Error('draft not made');
    proposalId = draft.proposal.id;
    return app;
  },
  (session) => ({ base, page } = session),
);

async function inLanguage(lang: string) {
  await page.goto(`${base}/language/${lang}?next=/sign-in`);
}

const staffPages = [
  '/staff',
  '/staff/profiles',
  '/staff/profiles?attention=1',
  '/staff/profiles/new',
  `/staff/profiles/${'{profile}'}/edit`,
  `/staff/profiles/${'{profile}'}/closing`,
  `/staff/profiles/${'{expert}'}/absences`,
  '/staff/units',
  '/staff/units/new',
  '/staff/users',
  '/staff/users/new',
  '/account',
  '/account/tokens',
  '/staff/audit',
  '/staff/outbox',
  '/staff/platforms',
  '/staff/proposals',
  '/staff/proposals/new',
  `/staff/proposals/${'{proposal}'}`,
  `/staff/proposals/${'{proposal}'}/edit`,
  '/staff/content-check',
  '/staff/cases',
  '/staff/watch-list',
  `/staff/watch-list?profile=${'{profile}'}`,
];

const texts = {
  fi: { signIn: 'Kirjaudu sisään', signedOut: 'Olet kirjautunut ulos.', forbidden: 'Ei käyttöoikeutta', invalid: 'Sähköpostiosoite tai salasana on väärin.' },
  sv: { signIn: 'Logga in', signedOut: 'Du har loggat ut.', forbidden: 'Ingen behörighet', invalid: 'E-postadressen eller lösenordet är fel.' },
  en: { signIn: 'Sign in', signedOut: 'You have signed out.', forbidden: 'Not allowed', invalid: 'The email address or password is incorrect.' },
} as const;

for (const lang of ['fi', 'sv', 'en'] as const) {
  describe(`staff pages in ${lang}`, () => {
    it('signs in by keyboard, has no accessibility violations on any staff page, and signs out', async () => {
      await inLanguage(lang);
      expect(await page.locator('h1').textContent()).toBe(texts[lang].signIn);
      expect(await accessibilityViolations(page)).toEqual([]);
      await signInByKeyboard(page, base, people.communications);
      const [profile] = await app.registry.allProfiles();
      for (const path of staffPages) {
        const expert = (await app.registry.allProfiles({ kind: 'expert' }))[0]!;
        const url = path.replace('{profile}', profile!.id).replace('{proposal}', proposalId).replace('{expert}', expert.id);
        const response = await page.goto(`${base}${url}`);
        expect(response?.status(), url).toBe(200);
        expect(await page.getAttribute('html', 'lang'), url).toBe(lang);
        expect(await accessibilityViolations(page), url).toEqual([]);
      }
      await tabTo(page, page.locator('.signed-in button'), 40);
      await Promise.all([page.waitForURL(/\/sign-in\?done=signed-out/), page.keyboard.press('Enter')]);
      expect(await page.locator('.notice').textContent()).toBe(texts[lang].signedOut);
      const after = await page.goto(`${base}/staff`);
      expect(page.url()).toContain('/sign-in?next=%2Fstaff');
      expect(after?.status()).toBe(200);
    }, 90_000);

    it('shows a wrong password as an error that leads to the field, without violations', async () => {
      await inLanguage(lang);
      await page.fill('#email', people.employee.email);
      await page.fill('#password', 'not-the-password');
      await page.click('button[type=submit]');
      expect(await page.locator('.error-summary').textContent()).toContain(texts[lang].invalid);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.click('.error-summary a');
      expect(await page.evaluate(() => location.hash)).toBe('#password');
    });

    it("shows an employee a forbidden page for the list of accounts, without violations", async () => {
      await inLanguage(lang);
      await signInByKeyboard(page, base, people.employee);
      const response = await page.goto(`${base}/staff/users`);
      expect(response?.status()).toBe(403);
      expect(await page.locator('h1').textContent()).toBe(texts[lang].forbidden);
      expect(await accessibilityViolations(page)).toEqual([]);
      // The staff menu offers only what the person may open.
      expect(await page.locator('.staff-nav a[href="/staff/users"]').count()).toBe(0);
    });
  });
}
