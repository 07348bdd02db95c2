import { describe, expect, it } from 'vitest';
import { freshAppPerTest } from '../../test/helpers/app';
import { createStaff } from '../../test/helpers/client';
import { createProfile } from '../../test/helpers/factories';
import type { App } from '../app';

let app: App;
const fixedNow = new Date('2026-11-24T10:00:00Z');

freshAppPerTest((a) => (app = a), { now: () => fixedNow });

const verify = async (query: string, lang = 'en') => {
  const res = await app.server.inject({ method: 'GET', url: `/api/v1/verify?${query}&lang=${lang}` });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const url = (address: string) => `url=${encodeURIComponent(address)}`;

async function officialInstagram() {
  return createProfile(app.registry, {
    handle: 'pieksamaenkirjasto',
    url: 'https://www.instagram.com/pieksamaenkirjasto/',
    displayName: 'Pieksämäen kirjasto',
  });
}

describe('verify warns about lookalikes of official profiles (policy rule P6)', () => {
  it('answers suspected-impersonation with the official profile and the reason in plain words', async () => {
    const official = await officialInstagram();
    const answer = await verify(url('https://www.instagram.com/pieksamaenkirjasto_virallinen/'));
    expect(answer.status).toBe('suspected-impersonation');
    expect(answer.profile).toBeNull();
    expect(answer.resembles).toHaveLength(1);
    expect(answer.resembles[0].profile.id).toBe(official.id);
    expect(answer.resembles[0].reasons).toEqual([{ code: 'words-added', text: "Adds the word 'virallinen'." }]);
    expect(answer.reportUrl).toMatch(/\/report\?url=https%3A%2F%2Fwww\.instagram\.com%2Fpieksamaenkirjasto_virallinen/);
  });

  it('gives the reasons in the language of the request', async () => {
    await officialInstagram();
    const answer = await verify(url('https://www.instagram.com/pieksamaenkirjastto/'), 'fi');
    expect(answer.resembles[0].reasons).toEqual([{ code: 'letter-doubled', text: "Kahdentaa kirjaimen 't'." }]);
  });

  it('names a Cyrillic letter in place of a Latin one', async () => {
    await createProfile(app.registry, { platform: 'youtube', handle: '@pieksamaenkirjasto', url: 'https://www.youtube.com/@pieksamaenkirjasto', displayName: 'Pieksämäen kirjasto' });
    const answer = await verify(url('https://www.youtube.com/@pieksamaenkirjаsto'));
    expect(answer.status).toBe('suspected-impersonation');
    expect(answer.resembles[0].reasons[0].code).toBe('confusable-characters');
  });

  it('still answers official for the official profile itself, and not-registered for an unrelated one', async () => {
    const official = await officialInstagram();
    expect(await verify(url('instagram.com/PieksamaenKirjasto'))).toMatchObject({ status: 'official', profile: { id: official.id }, resembles: [], reportUrl: null });
    const unrelated = await verify(url('https://www.instagram.com/kuopionkaupunginkirjasto/'));
    expect(unrelated).toMatchObject({ status: 'not-registered', resembles: [], case: null });
    expect(unrelated.reportUrl).toContain('/report?url=');
  });

  it('sees a profile registered a moment ago at once', async () => {
    const before = await verify(url('https://www.instagram.com/pieksamaenkirjasto_official/'));
    expect(before.status).toBe('not-registered');
    await officialInstagram();
    const after = await verify(url('https://www.instagram.com/pieksamaenkirjasto_official/'));
    expect(after.status).toBe('suspected-impersonation');
  });

  it('uses a copied official name given with the address', async () => {
    const official = await officialInstagram();
    const answer = await verify(`${url('https://www.instagram.com/kirjastopmk/')}&name=${encodeURIComponent('Pieksämäen kirjasto')}`);
    expect(answer.status).toBe('suspected-impersonation');
    expect(answer.resembles[0].profile.id).toBe(official.id);
    expect(answer.resembles[0].reasons.map((r: { code: string }) => r.code)).toContain('display-name-copied');
  });

  it('shows the suspicion on the verify page, with the report form pre-filled', async () => {
    await officialInstagram();
    const res = await app.server.inject({ method: 'GET', url: `/verify?address=${encodeURIComponent('instagram.com/pieksamaenkirjasto.info')}&lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Suspected fake profile');
    expect(res.body).toContain("Adds the word 'info'.");
    expect(res.body).toContain('href="/report?url=https%3A%2F%2Fwww.instagram.com%2Fpieksamaenkirjasto.info');
  });
});

describe('verify answers reported-fake for a confirmed fake still online', () => {
  it('names the case and the profile it imitates, until the platform removes it', async () => {
    const official = await officialInstagram();
    const fake = 'https://www.instagram.com/pieksamaen_kirjasto_info/';
    const reported = await app.impersonation.report(
      { address: fake, platform: '', description: 'Asks for library card numbers', evidence: '', shownName: '', contactEmail: '' },
      'fi',
    );
    if (!reported.ok) throw new Error(JSON.stringify(reported.problems));
    const caseNumber = reported.caseNumber;
    const account = await createStaff(app, { roles: [{ role: 'communications', unitId: null }] });
    const comms = (await app.auth.staffUser(app.database.db, account.id))!;
    expect((await verify(url(fake))).status).toBe('suspected-impersonation');

    expect((await app.impersonation.triage(comms, caseNumber, { verdict: 'fake', duplicateOf: null, note: '' })).ok).toBe(true);
    const answer = await verify(url(fake));
    expect(answer).toMatchObject({ status: 'reported-fake', profile: null, case: { number: caseNumber, confirmedOn: '2026-11-24' } });
    expect(answer.resembles[0].profile.id).toBe(official.id);

    expect((await app.impersonation.markRemoved(comms, caseNumber, { on: '2026-11-24', note: '' })).ok).toBe(true);
    expect((await verify(url(fake))).status).toBe('suspected-impersonation');
  });
});
