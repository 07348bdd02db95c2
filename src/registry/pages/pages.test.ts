import { describe, expect, it } from 'vitest';
import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { catalogues, type App } from '../../app';
import { registerErrorHandling } from '../../platform/http/errors';
import { registerLanguage } from '../../platform/http/language';
import { I18n } from '../../platform/i18n/i18n';
import { freshAppPerTest, startTestApp } from '../../../test/helpers/app';
import { createProfile } from '../../../test/helpers/factories';
import { errorPages, registryNav } from './index';

let app: App;
freshAppPerTest((a) => (app = a), { now: () => new Date('2026-11-24T10:00:00Z'), env: { REPORT_CHANNEL: 'valeprofiilit@pieksamaki.fi' } });

const page = (url: string, lang?: string) =>
  app.server.inject({ method: 'GET', url, headers: lang ? { 'accept-language': lang } : {} });

describe('every public page in Finnish, Swedish and English', () => {
  const headings = {
    fi: { '/': 'Kaupungin viralliset some-profiilit', '/verify': 'Tarkista profiili', '/open-data': 'Avoin data ja rajapinta', '/nowhere': 'Ei löytynyt' },
    sv: { '/': 'Stadens officiella profiler i sociala medier', '/verify': 'Kontrollera en profil', '/open-data': 'Öppna data och gränssnitt', '/nowhere': 'Hittades inte' },
    en: { '/': "The city's official social media profiles", '/verify': 'Check a profile', '/open-data': 'Open data and API', '/nowhere': 'Not found' },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`speaks ${lang} on every page, with one h1 and a title`, async () => {
      const profile = await createProfile(app.registry, { displayName: 'Pieksämäen kirjasto' });
      const pages: [string, string, number][] = [
        ...Object.entries(headings[lang]).map(([path, h1]): [string, string, number] => [path, h1, path === '/nowhere' ? 404 : 200]),
        [`/profiles/${profile.id}`, 'Pieksämäen kirjasto', 200],
      ];
      for (const [path, h1, status] of pages) {
        const res = await page(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(res.statusCode, path).toBe(status);
        expect(res.headers['content-language'], path).toBe(lang);
        expect(res.body, path).toContain(`<html lang="${lang}">`);
        expect(res.body.match(/<h1[ >]/g), path).toHaveLength(1);
        expect(res.body, path).toContain(`<h1>${h1}</h1>`);
        expect(res.body, path).toContain(`<title>${h1} – `);
        expect(res.body, path).toContain('<main id="main"');
      }
    });

    it(`uses the language from Accept-Language (${lang})`, async () => {
      const res = await page('/verify', `${lang};q=0.9, de;q=0.5`);
      expect(res.body).toContain(`<h1>${headings[lang]['/verify']}</h1>`);
    });
  }
});

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

describe('the registry page: hierarchy, filters and status', () => {
  async function cityUnits() {
    const sector = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education sector' } }, 'test');
    const area = await app.registry.createUnit({ parentId: sector.id, level: 'service_area', name: { fi: 'Vapaa-aikapalvelut', sv: 'Fritidstjänster', en: 'Leisure services' } }, 'test');
    const youth = await app.registry.createUnit({ parentId: area.id, level: 'unit', name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' } }, 'test');
    const technical = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Tekninen toimiala', sv: 'Tekniska sektorn', en: 'Technical sector' } }, 'test');
    return { sector, area, youth, technical };
  }

  it('lists units in hierarchy order, indented in the unit select, with the path in each group heading', async () => {
    const { sector, area, youth, technical } = await cityUnits();
    await createProfile(app.registry, { displayName: 'Nuorisotoimi', unitId: youth.id });
    await createProfile(app.registry, { displayName: 'Sivistys', unitId: sector.id });
    const body = (await page('/?lang=en')).body;
    const options = [...body.matchAll(/<option value="([0-9a-f-]{36})">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      [sector.id, 'Education sector'],
      [area.id, '\u00a0\u00a0\u00a0Leisure services'],
      [youth.id, '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Youth services'],
      [technical.id, 'Technical sector'],
    ]);
    expect(body).toContain(`<h3 id="unit-${youth.id}">Education sector › Leisure services › Youth services</h3>`);
    expect(body.indexOf(`id="unit-${sector.id}"`)).toBeLessThan(body.indexOf(`id="unit-${youth.id}"`));
    expect(body).not.toContain(`id="unit-${technical.id}"`);
  });

  it('filters by unit, including the units under it, and keeps the choice selected', async () => {
    const { sector, youth, technical } = await cityUnits();
    await createProfile(app.registry, { displayName: 'Nuorisotoimi', unitId: youth.id });
    await createProfile(app.registry, { displayName: 'Katuvalot', unitId: technical.id });
    const body = (await page(`/?unit=${sector.id}`)).body;
    expect(body).toContain('Nuorisotoimi');
    expect(body).not.toContain('Katuvalot');
    expect(body).toContain(`<option value="${sector.id}" selected>`);
    expect(body).toContain('1 profiili<');
  });

  it('finds profiles by unit name and by platform name', async () => {
    const { youth } = await cityUnits();
    await createProfile(app.registry, { displayName: 'Nuorisotoimi', unitId: youth.id });
    await createProfile(app.registry, { displayName: 'Kaupunki', platform: 'x', url: 'https://x.com/pmk_kaupunki', handle: 'pmk_kaupunki' });
    const byUnit = (await page('/?q=ungdomstj&lang=sv')).body;
    expect(byUnit).toContain('Nuorisotoimi');
    expect(byUnit).not.toContain('>Kaupunki<');
    expect(byUnit).toContain('1 profil<');
    const byPlatform = (await page('/?q=twitter')).body;
    expect(byPlatform).toContain('>Kaupunki<');
    expect(byPlatform).not.toContain('Nuorisotoimi');
  });

  it('shows each row with its platform, type, a link to the profile itself and its status', async () => {
    await createProfile(app.registry, { displayName: 'Nuorisotoimi', url: 'https://www.instagram.com/pmk_nuoriso/', handle: 'pmk_nuoriso' });
    const body = (await page('/?lang=en')).body;
    expect(body).toContain('<th scope="col">Address</th>');
    expect(body).toMatch(/<th scope="row"><a href="\/profiles\/[0-9a-f-]{36}">Nuorisotoimi<\/a><\/th><td>Instagram<\/td><td>Organisation profile<\/td>/);
    expect(body).toContain('<a href="https://www.instagram.com/pmk_nuoriso/" rel="noopener" class="address">instagram.com/pmk_nuoriso</a>');
    expect(body).toContain('<span class="badge badge--active">Active</span>');
  });

  it('keeps closed profiles listed but marked, and filters by the status as of today', async () => {
    await createProfile(app.registry, { displayName: 'Käytössä' });
    await createProfile(app.registry, {
      displayName: 'Lopetetaan pian',
      status: 'closing',
      closingDate: '2026-12-31',
      closingReason: 'Siirtyy.',
      successorUrl: 'https://www.pieksamaki.fi',
    });
    // Its closing date has passed, so it is closed today even though the row still says closing.
    await createProfile(app.registry, {
      displayName: 'Jo lopetettu',
      status: 'closing',
      closingDate: '2026-11-01',
      closingReason: 'Siirtyi.',
      successorUrl: 'https://www.pieksamaki.fi',
    });
    const all = (await page('/?lang=en')).body;
    expect(all).toContain('3 profiles');
    expect(all).toContain('Closing on 31 December 2026');
    expect(all).toContain('Closed on 1 November 2026');
    expect(all.match(/class="row--closed"/g)).toHaveLength(1);

    const closed = (await page('/?status=closed')).body;
    expect(closed).toContain('Jo lopetettu');
    expect(closed).not.toContain('Lopetetaan pian');
    expect(closed).toContain('<option value="closed" selected>');
    const closing = (await page('/?status=closing')).body;
    expect(closing).toContain('Lopetetaan pian');
    expect(closing).not.toContain('Jo lopetettu');
    const active = (await page('/?status=active')).body;
    expect(active).toContain('1 profiili<');
  });

  it('says when nothing matches, ignores filter values it does not know, and offers to clear the search', async () => {
    await createProfile(app.registry, { displayName: 'Kirjasto' });
    const none = await page('/?q=zzzz&lang=en');
    expect(none.body).toContain('0 profiles');
    expect(none.body).toContain('No profiles match the search.');
    expect(none.body).toContain('value="zzzz"');
    expect(none.body).toContain('<a href="/">Clear search</a>');
    const odd = await page('/?platform=myspace&unit=not-a-uuid&status=sleeping');
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('Kirjasto');
  });

  it('advertises the change feed to feed readers', async () => {
    expect((await page('/')).body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom"/>');
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

  it('names the unit with its parents, the expert and the date the details were confirmed', async () => {
    const sector = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education sector' } }, 'test');
    const unit = await app.registry.createUnit({ parentId: sector.id, level: 'unit', name: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' } }, 'test');
    const profile = await createProfile(app.registry, {
      kind: 'expert',
      unitId: unit.id,
      employeeName: 'Anna Kirjavainen',
      employeeTitle: 'kirjastonhoitaja',
      contactEmail: 'anna.kirjavainen@pieksamaki.fi',
    });
    const fi = (await page(`/profiles/${profile.id}`)).body;
    expect(fi).toContain('<dd>Sivistystoimiala › Kirjasto</dd>');
    expect(fi).toContain('<dd>Asiantuntijaprofiili</dd>');
    expect(fi).toContain('<dt>Asiantuntija</dt><dd>Anna Kirjavainen, kirjastonhoitaja</dd>');
    expect(fi).toContain('<dd>24.11.2026</dd>');
    expect(fi).toContain('<a href="/verify">Tarkista toinen profiili</a>');
    const en = (await page(`/profiles/${profile.id}?lang=en`)).body;
    expect(en).toContain('<dd>Education sector › Library</dd>');
    expect(en).toContain('<dd>24 November 2026</dd>');
    expect(en).toContain('This is an official profile of Pieksämäki.');
  });

  it('shows the purpose in the page language, falling back to Finnish marked as Finnish', async () => {
    const profile = await createProfile(app.registry, { purpose: { fi: 'Kerromme kirjaston tapahtumista.', sv: 'Vi berättar om bibliotekets evenemang.', en: '' } });
    expect((await page(`/profiles/${profile.id}`, 'sv')).body).toContain('<p>Vi berättar om bibliotekets evenemang.</p>');
    expect((await page(`/profiles/${profile.id}`, 'en')).body).toContain(
      'The purpose is recorded in Finnish only: <span lang="fi">Kerromme kirjaston tapahtumista.</span>',
    );
  });

  it('says a closing profile closes on its date, why, and where to go instead (O8)', async () => {
    const profile = await createProfile(app.registry, {
      status: 'closing',
      closingDate: '2026-12-20',
      closingReason: 'Tiedotus siirtyy kaupungin pääkanavalle.',
      successorUrl: 'https://www.pieksamaki.fi/ajankohtaista',
    });
    const sv = (await page(`/profiles/${profile.id}`, 'sv')).body;
    expect(sv).toContain('Profilen avslutas 20.12.2026.');
    expect(sv).toContain('Orsak: <span lang="fi">Tiedotus siirtyy kaupungin pääkanavalle.</span>');
    expect(sv).toContain('<a href="https://www.pieksamaki.fi/ajankohtaista">https://www.pieksamaki.fi/ajankohtaista</a>');
    expect(sv).toContain('Det här är en officiell profil för Pieksämäki.');
  });

  it('names the platform in the link to the profile, for those who cannot see the address', async () => {
    const profile = await createProfile(app.registry, { url: 'https://www.instagram.com/pmk_kirjasto/', handle: 'pmk_kirjasto' });
    expect((await page(`/profiles/${profile.id}`, 'en')).body).toContain(
      '<a href="https://www.instagram.com/pmk_kirjasto/" rel="noopener">https://www.instagram.com/pmk_kirjasto/<span class="visually-hidden"> (Open the profile on Instagram)</span></a>',
    );
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await page('/profiles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await page('/profiles/../../etc/passwd', 'en');
    expect(malformed.statusCode).toBe(404);
    expect((await page('/no-such-page', 'sv')).body).toContain('Sidan hittades inte.');
    const unknown = await page('/profiles/00000000-0000-4000-8000-000000000000', 'en');
    expect(unknown.body).toContain('<h1>Profile not found</h1>');
    expect(unknown.body).toContain('<title>Profile not found – ');
    expect((await page('/profiles/not-an-id', 'fi')).body).toContain('<h1>Profiilia ei löydy</h1>');
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

describe('the verify page: details of each answer', () => {
  it('puts the outcome first in the title and heads the result with it, before the form', async () => {
    const sector = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education sector' } }, 'test');
    const profile = await createProfile(app.registry, { displayName: 'Sivistys', url: 'https://www.instagram.com/pmk_sivistys/', handle: 'pmk_sivistys', unitId: sector.id });
    const body = (await page('/verify?address=%40pmk_sivistys&platform=instagram', 'sv')).body;
    expect(body).toContain('<title>Officiell profil – Kontrollera en profil');
    expect(body).toContain('<h2 id="result-title">Resultat: Officiell profil</h2>');
    expect(body).toContain('Ja. Det här är en officiell profil för Pieksämäki: Sivistys.');
    expect(body).toContain(`Profilens uppgifter i registret: <a href="/profiles/${profile.id}">Sivistys</a> (Bildningssektorn)`);
    expect(body).toContain('<option value="instagram" selected>');
    expect(body.indexOf('id="result-title"')).toBeLessThan(body.indexOf('<form'));
  });

  it('tells where a closing profile is going, while it is still official', async () => {
    const successor = await createProfile(app.registry, { displayName: 'Uusi kanava' });
    await createProfile(app.registry, {
      url: 'https://www.instagram.com/pmk_vanha/',
      handle: 'pmk_vanha',
      status: 'closing',
      closingDate: '2026-12-20',
      closingReason: 'Siirtyy.',
      successorProfileId: successor.id,
    });
    const body = (await page('/verify?address=instagram.com%2Fpmk_vanha')).body;
    expect(body).toContain('<title>Virallinen profiili – ');
    expect(body).toContain('Profiili on vielä käytössä, mutta se lopetetaan 20.12.2026.');
    expect(body).toContain(`<a href="/profiles/${successor.id}">Uusi kanava (Instagram)</a>`);
  });

  it('names the closing date in the title of a closed profile, and links its successor profile', async () => {
    const successor = await createProfile(app.registry, { displayName: 'Uusi kanava' });
    await createProfile(app.registry, {
      url: 'https://www.instagram.com/pmk_suljettu/',
      handle: 'pmk_suljettu',
      status: 'closed',
      closingDate: '2026-03-31',
      closingReason: 'Toiminta siirtyi.',
      successorProfileId: successor.id,
    });
    const body = (await page('/verify?address=instagram.com%2Fpmk_suljettu&lang=en')).body;
    expect(body).toContain('<title>Formerly official profile, closed on 31 March 2026 – Check a profile');
    expect(body).toContain('but it was closed on 31 March 2026');
    expect(body).toContain('Reason: <span lang="fi">Toiminta siirtyi.</span>');
    expect(body).toContain(`<a href="/profiles/${successor.id}">Uusi kanava (Instagram)</a>`);
  });

  it('links a report channel that is a web page', async () => {
    await app.close();
    app = await startTestApp({ env: { REPORT_CHANNEL: 'https://www.pieksamaki.fi/palaute' } });
    const body = (await page('/verify?address=instagram.com%2Ffake_pieksamaki', 'sv')).body;
    expect(body).toContain('<title>Finns inte i registret – ');
    expect(body).toContain('Anmäl en misstänkt profil: <a href="https://www.pieksamaki.fi/palaute">https://www.pieksamaki.fi/palaute</a>');
  });

  it('explains an invalid address in each language, tying the message to the field', async () => {
    const expected = {
      fi: 'Tämä ei ole sosiaalisen median profiilin osoite.',
      sv: 'Det här är inte adressen till en profil i sociala medier.',
      en: 'This is not the address of a social media profile.',
    };
    for (const [lang, message] of Object.entries(expected)) {
      const res = await page(`/verify?address=hello+world&lang=${lang}`);
      expect(res.statusCode, lang).toBe(400);
      expect(res.body, lang).toContain(`<a href="#address">${message}</a>`);
      expect(res.body, lang).toContain(`<p class="error-message" id="address-error">${message}</p>`);
      expect(res.body, lang).toContain('aria-describedby="address-hint address-error" aria-invalid="true"');
    }
  });

  it('asks for an address when the form is sent empty', async () => {
    const res = await page('/verify?address=&platform=', 'en');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`<a href="#address">Give the profile's address or handle.</a>`);
  });

  it('shows just the form before anything is asked', async () => {
    const res = await page('/verify', 'en');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('result-title');
    expect(res.body).not.toContain('aria-invalid');
    expect(res.body).toContain('<label for="address">Profile address or handle</label>');
    expect(res.body).toContain('<option value>Detect from the address</option>');
  });
});

describe('the open data page', () => {
  it('lists the API, the CSV and the feed, and advertises the feed', async () => {
    const body = (await page('/open-data', 'en')).body;
    expect(body).toContain('href="/api/openapi.json"');
    expect(body).toContain('href="/api/v1/profiles.csv"');
    expect(body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom"/>');
    expect(body).toContain('href="/api/v1/profiles"');
    expect(body).toContain('href="/api/v1/verify?url=');
    expect(body).toContain('href="/feeds/changes.atom"');
  });

  it('has example links that answer', async () => {
    await createProfile(app.registry);
    const body = (await page('/open-data')).body;
    const links = [...body.matchAll(/href="(\/(?:api|feeds)\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) expect((await app.server.inject({ url: link })).statusCode, link).toBe(200);
  });
});

describe('the error pages', () => {
  it('shows a failure in the layout, in the reader\'s language, without details of the fault', async () => {
    const server = Fastify();
    server.setValidatorCompiler(validatorCompiler);
    server.setSerializerCompiler(serializerCompiler);
    await server.register(fastifyCookie);
    registerLanguage(server, new I18n(catalogues));
    registerErrorHandling(server, errorPages({ cityName: { fi: 'Pieksämäki', sv: 'Pieksämäki', en: 'Pieksämäki' }, nav: registryNav }));
    server.get('/broken', async () => {
      throw new Error('connection refused by 10.0.0.5');
    });
    try {
      const en = await server.inject({ url: '/broken', headers: { 'accept-language': 'en' } });
      expect(en.statusCode).toBe(500);
      expect(en.body).toContain('<h1>Error</h1>');
      expect(en.body).toContain('Something went wrong in the service.');
      expect(en.body).toContain('<nav class="main-nav" aria-label="Main menu">');
      expect(en.body).not.toContain('10.0.0.5');
      const sv = await server.inject({ url: '/broken?lang=sv' });
      expect(sv.body).toContain('<html lang="sv">');
      expect(sv.body).toContain('Ett fel inträffade i tjänsten.');
    } finally {
      await server.close();
    }
  });

  it('answers a malformed request to a page with a page, not JSON', async () => {
    const res = await page('/language/xx?next=/', 'fi');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Pyyntö ei kelpaa.');
    expect(res.body).toContain('<a href="/">Etusivulle</a>');
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
