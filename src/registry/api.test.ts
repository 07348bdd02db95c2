import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest, startTestApp, testConfig } from '../../test/helpers/app';
import { buildApp } from '../app';
import type { Database } from '../platform/db/database';
import { createProfile } from '../../test/helpers/factories';
import { RegistryService } from './service';

let app: App;
const fixedNow = new Date('2026-11-24T10:00:00Z');

freshAppPerTest((a) => (app = a), { now: () => fixedNow });

const get = (url: string, headers: Record<string, string> = {}) => app.server.inject({ method: 'GET', url, headers });

describe('health and readiness', () => {
  it('answers /health and /ready while the database answers', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    expect((await get('/ready')).statusCode).toBe(200);
  });

  it('answers /ready with 503 when the database does not, while /health still answers', async () => {
    const down: Database = { ...app.database, ping: async () => Promise.reject(new Error('connection refused')) };
    const unready = await buildApp(testConfig(), { database: down, skipMigrations: true });
    try {
      expect((await unready.server.inject('/ready')).statusCode).toBe(503);
      expect((await unready.server.inject('/health')).statusCode).toBe(200);
    } finally {
      await unready.close();
    }
  });
});

describe('verify API (policy rule P5)', () => {
  it('finds an official profile from five different address forms', async () => {
    const profile = await createProfile(app.registry, { handle: 'pieksamaennuoriso', url: 'https://www.instagram.com/pieksamaennuoriso/' });
    const forms = [
      'https://www.instagram.com/pieksamaennuoriso/',
      'http://instagram.com/PieksamaenNuoriso?igsh=abc123',
      'instagram.com/pieksamaennuoriso',
      'https://m.instagram.com/pieksamaennuoriso/#top',
    ];
    for (const url of forms) {
      const res = await get(`/api/v1/verify?url=${encodeURIComponent(url)}`);
      expect(res.statusCode, url).toBe(200);
      expect(res.json()).toMatchObject({ status: 'official', profile: { id: profile.id, status: 'active' } });
    }
    const byHandle = await get('/api/v1/verify?platform=instagram&handle=%40PIEKSAMAENNUORISO');
    expect(byHandle.json()).toMatchObject({ status: 'official', profile: { id: profile.id } });
  });

  it('never answers official for a lookalike handle, and names the profile it imitates', async () => {
    const official = await createProfile(app.registry, { handle: 'pieksamaennuoriso', url: 'https://www.instagram.com/pieksamaennuoriso/' });
    for (const url of [
      'https://www.instagram.com/pieksamaennuoriso_/',
      'https://www.instagram.com/pieksamaen.nuoriso/',
      'https://www.tiktok.com/@pieksamaennuoriso',
    ]) {
      const res = await get(`/api/v1/verify?url=${encodeURIComponent(url)}`);
      expect(res.json(), url).toMatchObject({ status: 'suspected-impersonation', profile: null, resembles: [{ profile: { id: official.id } }] });
    }
    // Another host is no Instagram address at all: nothing to compare with.
    const elsewhere = await get(`/api/v1/verify?url=${encodeURIComponent('https://instagram.com.evil.example/pieksamaennuoriso')}`);
    expect(elsewhere.json()).toMatchObject({ status: 'not-registered', profile: null, resembles: [] });
  });

  it('says a closed profile was official and names its successor', async () => {
    const successor = await createProfile(app.registry);
    await createProfile(app.registry, {
      handle: 'vanhaprofiili',
      url: 'https://www.instagram.com/vanhaprofiili/',
      status: 'closed',
      closingDate: '2026-06-30',
      closingReason: 'Toiminta siirtyi uudelle tilille.',
      successorProfileId: successor.id,
    });
    const res = await get('/api/v1/verify?url=instagram.com/vanhaprofiili');
    expect(res.json()).toMatchObject({
      status: 'closed',
      profile: { status: 'closed', closingDate: '2026-06-30', successorProfileId: successor.id },
    });
  });

  it('keeps a closing profile official until its closing date', async () => {
    await createProfile(app.registry, {
      handle: 'lopetettava',
      url: 'https://www.instagram.com/lopetettava/',
      status: 'closing',
      closingDate: '2026-12-20',
      closingReason: 'Resurssit päättyvät.',
      successorUrl: 'https://www.pieksamaki.fi/nuoret',
    });
    const res = await get('/api/v1/verify?url=instagram.com/lopetettava');
    expect(res.json()).toMatchObject({ status: 'official', profile: { status: 'closing', closingDate: '2026-12-20' } });
  });

  it('answers 400 naming the field, in the language asked, for input that is no profile address', async () => {
    const fi = await get('/api/v1/verify?url=hello%20world');
    expect(fi.statusCode).toBe(400);
    expect(fi.json()).toMatchObject({ error: 'not-an-address', field: 'url' });
    expect(fi.json().message).toContain('url');
    const en = await get('/api/v1/verify?url=hello%20world', { 'accept-language': 'en' });
    expect(en.json().message).toContain('not the address of a social media profile');
    const nothing = await get('/api/v1/verify');
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().field).toBe('url');
    const badPlatform = await get('/api/v1/verify?platform=myspace&handle=x', { 'accept-language': 'sv' });
    expect(badPlatform.statusCode).toBe(400);
    expect(badPlatform.json()).toMatchObject({ error: 'validation', field: 'platform' });
    expect(badPlatform.json().message).toContain('Kontrollera fältet platform');
  });
});

describe('rate limit on the public verify form and API', () => {
  it('answers 429 in the language asked once one address has asked too often, and limits nothing else', async () => {
    const limited = await startTestApp({ env: { VERIFY_RATE_LIMIT: '3' } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.server.inject('/api/v1/verify?url=x.com/a')).statusCode).toBe(200);
      const refused = await limited.server.inject({ url: '/api/v1/verify?url=x.com/a', headers: { 'accept-language': 'en' } });
      expect(refused.statusCode).toBe(429);
      expect(refused.json().message).toBe('Too many requests. Wait a moment and try again.');
      const page = await limited.server.inject({ url: '/verify?address=x.com/a', headers: { 'accept-language': 'sv' } });
      expect(page.statusCode).toBe(429);
      expect(page.body).toContain('För många förfrågningar.');
      expect((await limited.server.inject('/api/v1/profiles')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('holds across app servers on one database: the count is shared, not kept by each server', async () => {
    const env = { VERIFY_RATE_LIMIT: '3' };
    const first = await startTestApp({ env });
    const second = await buildApp(testConfig(env), { database: first.database, skipMigrations: true });
    try {
      const verify = (server: App, url: string) => server.server.inject(`/api/v1/verify?url=${url}`);
      expect((await verify(first, 'x.com/a')).statusCode).toBe(200);
      expect((await second.server.inject('/verify?address=x.com/a')).statusCode).toBe(200);
      expect((await verify(second, 'x.com/b')).statusCode).toBe(200);
      // The second server read the first one's count with its own first: its third request is the fourth.
      const refused = await verify(second, 'x.com/a');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The first learns of the second's requests when both have written their counts, a moment later.
      expect((await verify(first, 'x.com/c')).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await verify(first, 'x.com/a')).statusCode).toBe(429);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('starts counting again when the minute is over', async () => {
    let now = new Date('2026-11-24T10:00:00Z');
    const limited = await startTestApp({ env: { VERIFY_RATE_LIMIT: '1' }, now: () => now });
    try {
      expect((await limited.server.inject('/api/v1/verify?url=x.com/a')).statusCode).toBe(200);
      expect((await limited.server.inject('/api/v1/verify?url=x.com/a')).statusCode).toBe(429);
      now = new Date(now.getTime() + 60_000);
      expect((await limited.server.inject('/api/v1/verify?url=x.com/a')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('verify answers from memory between changes', () => {
  it('sees a change at once in this process', async () => {
    const first = await get('/api/v1/verify?url=instagram.com/uusiprofiili');
    expect(first.json().status).toBe('not-registered');
    const profile = await createProfile(app.registry, { handle: 'uusiprofiili', url: 'https://www.instagram.com/uusiprofiili/' });
    expect((await get('/api/v1/verify?url=instagram.com/uusiprofiili')).json().status).toBe('official');
    await app.registry.saveProfile(
      { ...profile, status: 'closed', closingDate: '2026-11-01', closingReason: 'x', successorUrl: 'https://www.pieksamaki.fi' },
      { id: profile.id, actor: 'test' },
    );
    expect((await get('/api/v1/verify?url=instagram.com/uusiprofiili')).json().status).toBe('closed');
  });

  it('sees a change made by another app server on the same database', async () => {
    const other = new RegistryService({ database: app.database, city: { emailDomain: 'pieksamaki.fi' }, now: () => fixedNow });
    await other.startVerifyCache();
    try {
      const before = await other.verify({ url: 'instagram.com/toiselta' });
      expect(before.ok && before.status).toBe('not-registered');
      await createProfile(app.registry, { handle: 'toiselta', url: 'https://www.instagram.com/toiselta/' });
      await expect
        .poll(async () => {
          const after = await other.verify({ url: 'instagram.com/toiselta' });
          return after.ok && after.status;
        }, { timeout: 2000, interval: 20 })
        .toBe('official');
    } finally {
      await other.stopVerifyCache();
    }
  });
});

describe('profiles API', () => {
  it('lists, filters and pages the registry', async () => {
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' } }, 'test');
    const library = await createProfile(app.registry, { unitId: unit.id, displayName: 'Pieksämäen kirjasto', platform: 'facebook', url: 'https://www.facebook.com/pieksamaenkirjasto', handle: 'pieksamaenkirjasto' });
    await createProfile(app.registry, { displayName: 'Nuorisopalvelut' });
    await createProfile(app.registry, { displayName: 'Liikuntapalvelut' });

    const all = (await get('/api/v1/profiles')).json();
    expect(all.total).toBe(3);
    expect((await get('/api/v1/profiles?platform=facebook')).json().items.map((p: { id: string }) => p.id)).toEqual([library.id]);
    expect((await get(`/api/v1/profiles?unit=${unit.id}`)).json().total).toBe(1);
    expect((await get('/api/v1/profiles?q=bibliotek')).json().items[0]).toMatchObject({ id: library.id, unitName: { sv: 'Bibliotek' } });
    expect((await get('/api/v1/profiles?q=pieksamaen%20kirj')).json().total).toBe(1);
    // Search by platform name as well as by name and unit.
    expect((await get('/api/v1/profiles?q=Facebook')).json().items.map((p: { id: string }) => p.id)).toEqual([library.id]);
    const page = (await get('/api/v1/profiles?limit=2&offset=2')).json();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.items).toHaveLength(1);
  });

  it('refuses a bad filter with the field named', async () => {
    const res = await get('/api/v1/profiles?limit=0');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation', field: 'limit' });
  });

  it('gives one profile by id, and 404 for an unknown one', async () => {
    const profile = await createProfile(app.registry);
    expect((await get(`/api/v1/profiles/${profile.id}`)).json()).toMatchObject({
      id: profile.id,
      administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }, { name: 'Matti Virtanen', jobTitle: 'viestintäsuunnittelija' }],
    });
    expect((await get('/api/v1/profiles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/profiles/not-a-uuid')).statusCode).toBe(400);
  });

  it('exports CSV with the JSON field names as columns', async () => {
    await createProfile(app.registry, { displayName: '=HYPERLINK("x")' });
    const res = await get('/api/v1/profiles.csv');
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, row] = res.body.split('\r\n');
    expect(header).toContain('id,kind,platform,url,handle,platformId,displayName');
    // A spreadsheet must not run a cell as a formula.
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('open data', () => {
  it('serves an OpenAPI document describing every JSON endpoint', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/profiles', '/api/v1/profiles/{id}', '/api/v1/profiles.csv', '/api/v1/verify', '/api/v1/units']),
    );
    expect(doc.paths['/api/v1/verify'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['url', 'platform', 'handle']),
    );
  });

  it('publishes additions and closings as an Atom feed', async () => {
    const profile = await createProfile(app.registry, { displayName: 'Pieksämäen seutuopisto' });
    await app.registry.saveProfile(
      { ...profile, status: 'closing', closingDate: '2026-12-31', closingReason: 'Siirrymme uuteen kanavaan', successorUrl: 'https://www.pieksamaki.fi' },
      { id: profile.id, actor: 'test' },
    );
    const res = await get('/feeds/changes.atom?lang=en');
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.body).toContain('<title>Closing on 2026-12-31: Pieksämäen seutuopisto (Instagram)</title>');
    expect(res.body).toContain('<title>Added to the registry: Pieksämäen seutuopisto (Instagram)</title>');
    expect(res.body).toContain(`http://registry.test/profiles/${profile.id}`);
  });

  it("answers Bluesky's handle check for a registered handle under the city's domain", async () => {
    await createProfile(app.registry, {
      platform: 'bluesky',
      url: 'https://bsky.app/profile/kirjasto.pieksamaki.fi',
      handle: 'kirjasto.pieksamaki.fi',
      platformId: 'did:plc:abcdefghijklmnopqrstuvwx',
    });
    const res = await app.server.inject({ method: 'GET', url: '/.well-known/atproto-did', headers: { host: 'kirjasto.pieksamaki.fi' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toBe('did:plc:abcdefghijklmnopqrstuvwx');
    const other = await app.server.inject({ method: 'GET', url: '/.well-known/atproto-did', headers: { host: 'uimahalli.pieksamaki.fi' } });
    expect(other.statusCode).toBe(404);
  });
});

describe('audit log', () => {
  it('records every change in the same transaction, with before and after', async () => {
    const profile = await createProfile(app.registry);
    await app.registry.saveProfile({ ...profile, displayName: 'Uusi nimi' }, { id: profile.id, actor: 'test-user' });
    const entries = await app.database.query<{ action: string; actor: string; before: { displayName: string } | null; after: { displayName: string } }>(
      "select action, actor, before, after from audit_log where entity_type = 'profile' order by id",
    );
    expect(entries.map((e) => e.action)).toEqual(['profile.added', 'profile.updated']);
    expect(entries[1]).toMatchObject({ actor: 'test-user', before: { displayName: profile.displayName }, after: { displayName: 'Uusi nimi' } });
  });

  it('writes nothing, neither the change nor its audit entry, when a rule is broken', async () => {
    await createProfile(app.registry, { handle: 'sama', url: 'https://www.instagram.com/sama/' });
    await expect(createProfile(app.registry, { handle: 'sama', url: 'https://instagram.com/SAMA' })).rejects.toThrow(/alreadyRegistered/);
    const [counts] = await app.database.query<{ profiles: number; audit: number }>(
      'select (select count(*) from profiles)::int as profiles, (select count(*) from audit_log)::int as audit',
    );
    expect(counts).toEqual({ profiles: 1, audit: 1 });
  });
});
