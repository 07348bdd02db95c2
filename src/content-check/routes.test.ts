import { describe, expect, it } from 'vitest';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, createStaff, csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit } from '../../test/helpers/factories';
import type { App } from '../app';
import type { RoleAssignment, Scope } from '../platform/auth/staff';

let app: App;
freshAppPerTest((a) => (app = a), { env: { CITY_PUBLIC_CONTACTS: 'kirjaamo@pieksamaki.fi,015 788 111' } });

const draft = 'Hakijan henkilötunnus on 131052-308T. Kysy lisää: kirjaamo@pieksamaki.fi tai 015 788 111.';

async function employee(): Promise<RoleAssignment[]> {
  const unit = await app.registry.createUnit(buildUnit(), 'test:setup');
  return [{ role: 'employee', unitId: unit.id }];
}

async function tokenFor(roles: RoleAssignment[], scopes: Scope[]): Promise<string> {
  const account = await createStaff(app, { roles });
  const owner = (await app.auth.staffUser(app.database.db, account.id))!;
  return (await app.auth.createAccessToken(owner, { name: 'archive', scopes, expiresAt: null })).token;
}

const check = (token: string, body: unknown) =>
  app.server.inject({ method: 'POST', url: '/api/v1/content-checks', headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' }, payload: body as object });

describe('POST /api/v1/content-checks (policy rules P8, P9, P10)', () => {
  it('finds an identity code, tells why and what to do, and says do not publish', async () => {
    const answer = await check(await tokenFor(await employee(), ['content:check']), { text: draft });
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.verdict).toBe('do-not-publish');
    expect(body.findings).toEqual([
      {
        type: 'FI_HETU',
        start: draft.indexOf('131052-308T'),
        end: draft.indexOf('131052-308T') + 11,
        text: '131052-308T',
        message: 'Personal identity code 131052-308T: an identity code is never published.',
        suggestion: 'Remove the identity code.',
      },
    ]);
    expect(body.masked).toBe('Hakijan henkilötunnus on [FI_HETU]. Kysy lisää: kirjaamo@pieksamaki.fi tai 015 788 111.');
  });

  it('answers in the language asked for', async () => {
    const body = (await check(await tokenFor(await employee(), ['content:check']), { text: draft, lang: 'sv' })).json();
    expect(body.verdictText).toContain('Texten innehåller uppgifter som staden inte publicerar');
  });

  it('asks for the rights to a picture', async () => {
    const body = (
      await check(await tokenFor(await employee(), ['content:check']), { text: 'Kuvia joulutorilta.', media: [{ kind: 'image', name: 'tori.jpg', source: 'licence', licence: 'CC BY 4.0' }] })
    ).json();
    expect(body.verdict).toBe('review');
    expect(body.media).toEqual([{ index: 0, problem: 'credit-missing', message: "Add the creator's name (Photo: Jane Smith, say)." }]);
  });

  it('refuses a text that is too long, naming the field', async () => {
    const answer = await check(await tokenFor(await employee(), ['content:check']), { text: 'a'.repeat(100_001) });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().field).toBe('text');
  });

  it('is closed to visitors, to tokens without the scope, to auditors, and to a session without its CSRF token', async () => {
    expect((await app.server.inject({ method: 'POST', url: '/api/v1/content-checks', payload: { text: draft } })).statusCode).toBe(401);
    expect((await check(await tokenFor(await employee(), ['registry:read']), { text: draft })).statusCode).toBe(403);
    expect((await check(await tokenFor([{ role: 'auditor', unitId: null }], ['content:check']), { text: draft })).statusCode).toBe(403);
    const { browser } = await signedIn(app, await employee());
    expect((await browser.post('/api/v1/content-checks', { text: draft })).status).toBe(403);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await app.server.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/content-checks'].post.requestBody).toBeDefined();
  });
});

describe('the staff page for checking a draft', () => {
  it('works without JavaScript: the draft is sent, and the findings are shown where they stand', async () => {
    const { browser } = await signedIn(app, await employee());
    const page = await browser.submit('/staff/content-check', '/staff/content-check', { text: draft });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Tulos: Älä julkaise');
    expect(page.body).toContain('<mark class="finding finding--do-not-publish" id="finding-0"><span class="visually-hidden">Henkilötunnus: </span>131052-308T</mark>');
    expect(page.body).toContain('<a href="#finding-0">Henkilötunnus</a>: Henkilötunnus 131052-308T: henkilötunnusta ei julkaista koskaan. Poista henkilötunnus.');
  });

  it('names the empty text field', async () => {
    const { browser } = await signedIn(app, await employee());
    const page = await browser.submit('/staff/content-check', '/staff/content-check', { text: '  ' });
    expect(page.status).toBe(400);
    expect(page.body).toContain('href="#text"');
  });

  it('records a confirmation to publish despite the findings, without the text unless asked', async () => {
    const { browser, account } = await signedIn(app, await employee());
    const checked = await browser.submit('/staff/content-check', '/staff/content-check', { text: draft });
    const refused = await browser.post('/staff/content-check/confirmation', { _csrf: csrfFrom(checked.body), text: draft });
    expect(refused.status).toBe(400);
    expect(await app.database.query("select 1 from audit_log where action = 'content-check.published-despite-findings'")).toHaveLength(0);

    const confirmed = await browser.post('/staff/content-check/confirmation', { _csrf: csrfFrom(checked.body), text: draft, confirmRead: 'yes' });
    expect(confirmed.status).toBe(303);
    const kept = await browser.post('/staff/content-check/confirmation', { _csrf: csrfFrom(checked.body), text: draft, confirmRead: 'yes', keepText: 'yes' });
    expect(kept.status).toBe(303);
    const rows = await app.database.query<{ actor: string; after: Record<string, unknown> }>(
      "select actor, after from audit_log where action = 'content-check.published-despite-findings' order by id",
    );
    expect(rows.map((r) => r.actor)).toEqual([`user:${account.id}`, `user:${account.id}`]);
    expect(rows[0]!.after).toMatchObject({ verdict: 'do-not-publish', findings: { FI_HETU: 1 } });
    expect(rows[0]!.after).not.toHaveProperty('text');
    expect(rows[1]!.after).toMatchObject({ text: draft });
  });

  it('is closed to visitors and to auditors', async () => {
    expect((await new Browser(app).get('/staff/content-check')).status).toBe(303);
    const { browser } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
    expect((await browser.get('/staff/content-check')).status).toBe(403);
  });
});
