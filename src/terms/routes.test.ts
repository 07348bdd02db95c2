import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit } from '../../test/helpers/factories';
import { platforms } from '../registry/domain/platforms';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

const communications = [{ role: 'communications' as const, unitId: null }];

async function employee() {
  const unit = await app.registry.createUnit(buildUnit(), 'test');
  return signedIn(app, [{ role: 'employee', unitId: unit.id }]);
}

describe('the platforms page (policy rule O5)', () => {
  it('lets communications record a new terms version, audited under their name', async () => {
    const { browser, account } = await signedIn(app, communications);
    const page = await browser.get('/staff/platforms');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Palvelut ja käyttöehdot');
    expect(page.body).toContain('href="https://help.instagram.com/581066165581870"');
    expect(page.body).toContain('Versiota ei ole kirjattu.');
    expect(page.body).toContain('action="/staff/platforms/instagram/versions"');

    const answer = await browser.submit('/staff/platforms', '/staff/platforms/instagram/versions', { 'version-instagram': '15.1.2026', 'note-instagram': 'Tekoälyehdot lisätty' });
    expect(answer.status).toBe(303);
    expect(await app.terms.current('instagram')).toBe('2026-01-15');
    const after = await browser.get(answer.location!);
    expect(after.body).toContain('Palvelun Instagram käyttöehtojen versio 2026-01-15 on kirjattu.');
    expect(after.body).toContain('Tekoälyehdot lisätty');
    const [entry] = await app.database.query<{ actor: string; entity_id: string }>("select actor, entity_id from audit_log where action = 'platform-terms.version-recorded'");
    expect(entry).toEqual({ actor: `user:${account.id}`, entity_id: 'instagram' });
  });

  it('names the field of a bad date in the reader\'s language and keeps what was typed', async () => {
    const { browser } = await signedIn(app, communications);
    const answer = await browser.submit('/staff/platforms', '/staff/platforms/tiktok/versions', { 'version-tiktok': '2026-02-30', 'note-tiktok': 'Säilyvä huomautus' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#version-tiktok"');
    expect(answer.body).toContain('TikTok, Versiopäivä: anna oikea päivä muodossa VVVV-KK-PP');
    expect(answer.body).toContain('value="Säilyvä huomautus"');
    expect(answer.body).toContain('aria-invalid="true"');
    expect(await app.terms.current('tiktok')).toBeNull();

    const swedish = await browser.submit('/staff/platforms?lang=sv', '/staff/platforms/tiktok/versions?lang=sv', { 'version-tiktok': 'i morgon' });
    expect(swedish.status).toBe(400);
    expect(swedish.body).toContain('TikTok, Versionens datum: ange ett giltigt datum');
  });

  it('refuses to record the current version again', async () => {
    await app.terms.recordVersion('x', { version: '2026-01-01' }, 'test');
    const { browser } = await signedIn(app, communications);
    const answer = await browser.submit('/staff/platforms', '/staff/platforms/x/versions', { 'version-x': '2026-01-01' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Versiopäivä: tämä versio on jo voimassa oleva versio.');
  });

  it("explains a Mastodon server address it will not call", async () => {
    const { browser } = await signedIn(app, communications);
    const answer = await browser.submit('/staff/platforms', '/staff/platforms/mastodon/fetch', { instanceUrl: 'http://192.168.0.1' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#instanceUrl"');
    expect(answer.body).toContain('Palvelimen osoite: anna julkisen Mastodon-palvelimen nimi tai https-osoite.');
  });

  it('shows the catalogue to an employee, without forms, and forbids them to record', async () => {
    await app.terms.recordVersion('facebook', { version: '2025-01-01' }, 'test');
    const { browser } = await employee();
    const page = await browser.get('/staff/platforms');
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/staff/platforms"');
    expect(page.body).toContain('2025-01-01');
    expect(page.body).not.toContain('/staff/platforms/facebook/versions');
    const token = csrfFrom(page.body);
    expect((await browser.post('/staff/platforms/facebook/versions', { _csrf: token, 'version-facebook': '2026-01-01' })).status).toBe(403);
    expect((await browser.post('/staff/platforms/mastodon/fetch', { _csrf: token, instanceUrl: 'mastodon.social' })).status).toBe(403);
    expect(await app.terms.current('facebook')).toBe('2025-01-01');
  });

  it('asks for a CSRF token and sends people who are not signed in to sign in', async () => {
    expect((await app.server.inject({ url: '/staff/platforms' })).headers.location).toBe('/sign-in?next=%2Fstaff%2Fplatforms');
    const { browser } = await signedIn(app, communications);
    expect((await browser.post('/staff/platforms/instagram/versions', { 'version-instagram': '2026-01-01' })).status).toBe(403);
    expect(await app.terms.current('instagram')).toBeNull();
  });
});

describe('the public platforms API', () => {
  it('lists every platform with its terms and current version, without signing in', async () => {
    await app.terms.recordVersion('instagram', { version: '2026-01-15', note: 'sisäinen huomautus' }, 'user:someone');
    const answer = await app.server.inject({ url: '/api/v1/platforms' });
    expect(answer.statusCode).toBe(200);
    const { items } = answer.json() as { items: Record<string, unknown>[] };
    expect(items.map((i) => i.platform)).toEqual([...platforms]);
    expect(items.find((i) => i.platform === 'instagram')).toEqual({
      platform: 'instagram',
      termsUrl: 'https://help.instagram.com/581066165581870',
      limits: { displayName: 30, bio: 150, bioField: 'bio' },
      currentVersion: { version: '2026-01-15', effectiveDate: '2026-01-15', recordedAt: '2026-11-26T09:00:00.000Z', source: 'manual' },
    });
    expect(items.find((i) => i.platform === 'other')).toMatchObject({ termsUrl: null, currentVersion: null });
    // Who recorded a version, and their notes, stay with the staff.
    expect(answer.body).not.toContain('someone');
    expect(answer.body).not.toContain('sisäinen');
  });

  it('is described in the OpenAPI document, and the staff page is not', async () => {
    const doc = (await app.server.inject({ url: '/api/openapi.json' })).json();
    const operation = doc.paths['/api/v1/platforms'].get;
    expect(operation.tags).toEqual(['registry']);
    expect(operation.security).toBeUndefined();
    expect(JSON.stringify(operation.responses['200'])).toContain('#/components/schemas/PlatformTerms');
    expect(doc.components.schemas.PlatformTerms.properties.currentVersion).toBeDefined();
    expect(Object.keys(doc.paths).filter((p) => p.includes('/staff/platforms'))).toEqual([]);
  });
});
