import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { accessibilityViolations, servedInBrowser } from '../helpers/browser';
import { createStaff, testPassword } from '../helpers/client';

// One organisation profile and one expert profile from proposal to closed, in Finnish, by
// keyboard, with axe on every page on the way.

let app: App;
let base: string;
let page: Page;
let clock = new Date('2026-11-26T08:00:00Z');
const people: Record<'employee' | 'expert' | 'supervisor', { email: string; id: string }> = {} as never;

servedInBrowser(
  async () => {
    app = await startTestApp({ now: () => clock });
    const sector = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education' } }, 'test');
    const youth = await app.registry.createUnit({ parentId: sector.id, level: 'unit', name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' } }, 'test');
    await app.terms.recordVersion('instagram', { version: '2026-01-01', note: '', source: 'manual' }, 'test');
    people.employee = await createStaff(app, { email: 'eero.ehdottaja@pieksamaki.fi', displayName: 'Eero Ehdottaja', roles: [{ role: 'employee', unitId: youth.id }] });
    people.expert = await createStaff(app, { email: 'seija.laitinen@pieksamaki.fi', displayName: 'Seija Laitinen', roles: [{ role: 'employee', unitId: youth.id }] });
    people.supervisor = await createStaff(app, { email: 'sanna.esihenkilo@pieksamaki.fi', displayName: 'Sanna Esihenkilö', roles: [{ role: 'supervisor', unitId: sector.id }] });
    return app;
  },
  (session) => ({ base, page } = session),
);

async function noViolations(step: string) {
  expect(await accessibilityViolations(page), step).toEqual([]);
}

async function type(selector: string, value: string) {
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

/** Focuses a button and presses Enter, waiting for the page it leads to. */
async function press(selector: string) {
  await page.focus(selector);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

async function signInAs(who: { email: string }) {
  await page.context().clearCookies();
  await page.goto(`${base}/language/fi?next=/sign-in`);
  await type('#email', who.email);
  await type('#password', testPassword);
  await Promise.all([page.waitForURL(`${base}/staff`), page.keyboard.press('Enter')]);
  await noViolations('dashboard');
}

async function propose(fields: Record<string, string>, checks: string[]): Promise<string> {
  await page.goto(`${base}/staff/proposals/new`);
  await noViolations('new proposal');
  for (const [id, value] of Object.entries(fields)) {
    if (['kind', 'platform', 'unitId', 'expertUserId'].includes(id)) await page.selectOption(`#${id}`, value);
    else await type(`#${id}`, value);
  }
  for (const name of checks) {
    await page.focus(`input[name="${name}"]`);
    await page.keyboard.press('Space');
  }
  await press('button[value="submit"]');
  expect(await page.locator('.notice').textContent()).toContain('Ehdotus on lähetetty');
  await noViolations('proposal submitted');
  return /\/staff\/proposals\/([0-9a-f-]{36})/.exec(await page.content())![1]!;
}

async function decide(id: string) {
  await signInAs(people.supervisor);
  await page.goto(`${base}/staff/proposals/${id}`);
  await noViolations('proposal to decide');
  await type('#reason', 'Tarkoitus ja resursointi ovat selvät.');
  await press('button[value="approve"]');
  expect(await page.locator('.notice').textContent()).toBe('Ehdotus on hyväksytty.');
  await noViolations('approved');
}

async function publish(id: string, url: string) {
  await signInAs(people.employee);
  await page.goto(`${base}/staff/proposals/${id}`);
  await noViolations('approved proposal with its description');
  await type('#url', url);
  await press('section[aria-labelledby="publish-title"] button[type=submit]');
  expect(await page.locator('.notice').textContent()).toBe('Profiili on nyt julkisessa rekisterissä.');
  await noViolations('published');
}

async function closeProfile(profileId: string) {
  await signInAs(people.supervisor);
  await page.goto(`${base}/staff/profiles/${profileId}/closing`);
  await noViolations('closing plan');
  await type('#reason', 'Viestintä siirtyy nuorisopalvelujen yhteiseen profiiliin.');
  await type('#successorUrl', 'https://www.pieksamaki.fi/nuoriso');
  await press('form[action$="/closing"] button[type=submit]');
  expect(await page.locator('.notice').textContent()).toContain('Sulkemisesta on ilmoitettu rekisterissä.');
  await noViolations('closing announced');
  await page.goto(`${base}/profiles/${profileId}`);
  expect(await page.locator('.badge').first().textContent()).toContain('Lopetetaan');
  await noViolations('public page while closing');
}

async function passTheClosingDay(profileId: string) {
  const before = clock;
  clock = new Date(before.getTime() + 31 * 86_400_000);
  await app.registry.closeDueProfiles('system:jobs');
  await page.goto(`${base}/profiles/${profileId}`);
  expect(await page.locator('.badge').first().textContent()).toContain('Lopetettu');
  expect(await page.content()).toContain('https://www.pieksamaki.fi/nuoriso');
  await noViolations('public page when closed');
  clock = before;
}

const common = {
  platform: 'instagram',
  purpose: 'Nuorisopalvelujen tapahtumat ja aukioloajat.',
  audience: '13–20-vuotiaat',
  hoursPerWeek: '3',
  privateMessagePolicy: 'Ohjaamme yksityisviestit palautejärjestelmään.',
};

describe('the life of a profile in the browser, in Finnish', () => {
  it('takes an organisation profile from proposal to closed', async () => {
    await signInAs(people.employee);
    const id = await propose(
      {
        ...common,
        kind: 'organisation',
        workingName: 'Pieksämäen nuoriso',
        'adminName-0': 'Eero Ehdottaja',
        'adminTitle-0': 'nuoriso-ohjaaja',
        'adminName-1': 'Matti Virtanen',
        'adminTitle-1': 'nuorisosihteeri',
        contactEmail: 'nuoriso@pieksamaki.fi',
      },
      ['terms-instagram'],
    );
    await decide(id);
    await publish(id, 'https://www.instagram.com/pieksamaen_nuoriso/');
    const [profile] = (await app.registry.allProfiles()).filter((p) => p.displayName === 'Pieksämäen nuoriso');
    await closeProfile(profile!.id);
    await passTheClosingDay(profile!.id);
  }, 120_000);

  it('takes an expert profile from proposal, through consent, to closed', async () => {
    await signInAs(people.employee);
    const id = await propose(
      {
        ...common,
        kind: 'expert',
        workingName: 'Pieksämäen Nuorisotoimi Seija Laitinen',
        'adminName-0': 'Seija Laitinen',
        'adminTitle-0': 'nuoriso-ohjaaja',
        contactEmail: 'seija.laitinen@pieksamaki.fi',
        expertUserId: people.expert.id,
        expertRole: 'Nuorisotyön asiantuntija',
      },
      ['separationConfirmed', 'terms-instagram'],
    );
    await signInAs(people.expert);
    await page.goto(`${base}/staff/proposals/${id}`);
    await noViolations('consent');
    await press('form[action$="/consent"] button');
    expect(await page.locator('.notice').textContent()).toBe('Suostumuksesi on tallennettu.');
    await noViolations('consent given');
    await decide(id);
    await publish(id, 'https://www.instagram.com/seija_nuoriso/');
    const [profile] = (await app.registry.allProfiles()).filter((p) => p.kind === 'expert');
    await closeProfile(profile!.id);
    await passTheClosingDay(profile!.id);
  }, 120_000);
});
