import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { startTestApp } from '../../../test/helpers/app';
import { createProfile } from '../../../test/helpers/factories';

let app: App;
beforeEach(async () => {
  await app?.close();
  app = await startTestApp({ now: () => new Date('2026-11-24T10:00:00Z'), env: { REPORT_CHANNEL: 'valeprofiilit@pieksamaki.fi' } });
});
afterAll(async () => {
  await app?.close();
});

const page = (url: string, lang?: string) =>
  app.server.inject({ method: 'GET', url, headers: lang ? { 'accept-language': lang } : {} });

describe('the registry page: every official profile listed on the city website (policy rules P5, O6, E6)', () => {
  it('lists profiles grouped by unit, in Finnish by default', async () => {
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' } }, 'test');
    await createProfile(app.registry, { displayName: 'Pieksämäen kirjasto', unitId: unit.id });
    await createProfile(app.registry, { displayName: 'Ilman yksikköä' });
    const res = await page('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="fi">');
    expect(res.body).toContain('<h3 id="unit-' + unit.id + '">Kirjasto</h3>');
    expect(res.body).toContain('Muut profiilit');
    expect(res.body).toContain('2 profiilia');
  });

  it('speaks Swedish and English when asked', async () => {
    expect((await page('/', 'sv')).body).toContain('Stadens officiella profiler i sociala medier');
    expect((await page('/?lang=en')).body).toContain("The city's official social media profiles");
  });

  it('searches by name and filters by platform', async () => {
    await createProfile(app.registry, { displayName: 'Nuorisopalvelut' });
    await createProfile(app.registry, { displayName: 'Kirjasto', platform: 'x', url: 'https://x.com/kirjasto_pmk', handle: 'kirjasto_pmk' });
    const search = await page('/?q=nuoriso');
    expect(search.body).toContain('Nuorisopalvelut');
    expect(search.body).not.toContain('>Kirjasto<');
    const filtered = await page('/?platform=x');
    expect(filtered.body).toContain('Kirjasto');
    expect(filtered.body).not.toContain('Nuorisopalvelut');
    expect((await page('/?q=nothing-matches')).body).toContain('Hakuehtoja vastaavia profiileja ei löytynyt.');
  });
});

describe("a profile's page (policy rules O4, E5, O8)", () => {
  it('shows purpose, administrators with job titles and contact (O4)', async () => {
    const profile = await createProfile(app.registry);
    const res = await page(`/profiles/${profile.id}`);
    expect(res.body).toContain(`<h1>${profile.displayName}</h1>`);
    expect(res.body).toContain('Seija Laitinen, nuoriso-ohjaaja');
    expect(res.body).toContain('mailto:viestinta@pieksamaki.fi');
    expect(res.body).toContain('Kerromme palveluistamme.');
  });

  it('links back to a Mastodon profile with rel="me"', async () => {
    const profile = await createProfile(app.registry, { platform: 'mastodon', url: 'https://mastodon.fi/@pieksamaki', handle: null });
    expect((await page(`/profiles/${profile.id}`)).body).toContain('<a href="https://mastodon.fi/@pieksamaki" rel="me noopener">');
    const other = await createProfile(app.registry);
    expect((await page(`/profiles/${other.id}`)).body).not.toContain('rel="me');
  });

  it('says when a closed profile closed, why, and where to go instead (O8)', async () => {
    const successor = await createProfile(app.registry, { displayName: 'Uusi kanava' });
    const profile = await createProfile(app.registry, {
      status: 'closed',
      closingDate: '2026-06-30',
      closingReason: 'Toiminta siirtyi.',
      successorProfileId: successor.id,
    });
    const fi = (await page(`/profiles/${profile.id}`)).body;
    expect(fi).toContain('Profiili on lopetettu 30.6.2026.');
    expect(fi).toContain('Toiminta siirtyi.');
    expect(fi).toContain(`<a href="/profiles/${successor.id}">Uusi kanava (Instagram)</a>`);
    expect((await page(`/profiles/${profile.id}`, 'en')).body).toContain('This profile was closed on 30 June 2026.');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await page('/profiles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await page('/profiles/../../etc/passwd', 'en');
    expect(malformed.statusCode).toBe(404);
    expect((await page('/no-such-page', 'sv')).body).toContain('Sidan hittades inte.');
  });
});

describe('the verify page (P5)', () => {
  it('says yes for an official profile', async () => {
    await createProfile(app.registry, { displayName: 'Pieksämäen Nuorisotoimi', url: 'https://www.instagram.com/pieksamaennuoriso/', handle: 'pieksamaennuoriso' });
    const res = await page('/verify?address=' + encodeURIComponent('https://instagram.com/PieksamaenNuoriso?igsh=x'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Virallinen profiili – Tarkista profiili');
    expect(res.body).toContain('Kyllä. Tämä on kaupungin virallinen profiili: Pieksämäen Nuorisotoimi.');
  });

  it('keeps a closing profile official and tells the closing date', async () => {
    await createProfile(app.registry, {
      url: 'https://www.instagram.com/lopetettava/',
      handle: 'lopetettava',
      status: 'closing',
      closingDate: '2026-12-20',
      closingReason: 'x',
      successorUrl: 'https://www.pieksamaki.fi',
    });
    const body = (await page('/verify?address=instagram.com/lopetettava', 'en')).body;
    expect(body).toContain('Yes. This is an official profile of Pieksämäki');
    expect(body).toContain('it will close on 20 December 2026');
  });

  it('says a closed profile was official, and where to go instead', async () => {
    await createProfile(app.registry, {
      url: 'https://www.instagram.com/vanha/',
      handle: 'vanha',
      status: 'closed',
      closingDate: '2026-01-31',
      closingReason: 'Lopetettiin.',
      successorUrl: 'https://www.pieksamaki.fi/uutiset',
    });
    const body = (await page('/verify?address=instagram.com/vanha', 'sv')).body;
    expect(body).toContain('men den avslutades 31.1.2026');
    expect(body).toContain('<a href="https://www.pieksamaki.fi/uutiset">');
  });

  it("says not in the registry, with the city's channel for reporting a fake", async () => {
    const body = (await page('/verify?address=instagram.com/pieksamaki_official', 'en')).body;
    expect(body).toContain('Not in the registry');
    expect(body).toContain('<a href="mailto:valeprofiilit@pieksamaki.fi">valeprofiilit@pieksamaki.fi</a>');
  });

  it('refuses input that is no address with the field named, and keeps what was typed', async () => {
    const res = await page('/verify?address=hello+world');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<a href="#address">Tämä ei ole sosiaalisen median profiilin osoite.</a>');
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain('value="hello world"');
  });

  it('asks for the platform when given a bare handle', async () => {
    const res = await page('/verify?address=%40pieksamaki', 'en');
    expect(res.body).toContain('A handle alone does not tell the platform.');
  });
});

describe('the open data page', () => {
  it('lists the API, the CSV and the feed, and advertises the feed', async () => {
    const body = (await page('/open-data', 'en')).body;
    expect(body).toContain('href="/api/openapi.json"');
    expect(body).toContain('href="/api/v1/profiles.csv"');
    expect(body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom"/>');
  });
});

describe('the language switch', () => {
  it('remembers the choice in a cookie and returns to the same page', async () => {
    const res = await app.server.inject({ method: 'GET', url: '/language/sv?next=%2Fverify%3Faddress%3Dx' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verify?address=x');
    expect(String(res.headers['set-cookie'])).toContain('lang=sv');
    const next = await app.server.inject({ method: 'GET', url: '/verify', cookies: { lang: 'sv' } });
    expect(next.body).toContain('<html lang="sv">');
  });

  it('never redirects to another site', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const res = await app.server.inject({ method: 'GET', url: `/language/en?next=${encodeURIComponent(next)}` });
      expect(res.headers.location, next).toBe('/');
    }
  });
});
