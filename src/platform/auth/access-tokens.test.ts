import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest } from '../../../test/helpers/app';
import { csrfFrom, signedIn } from '../../../test/helpers/client';
import { buildUnit, createProfile } from '../../../test/helpers/factories';
import type { RoleAssignment, Scope } from './staff';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

async function tokenFor(roles: RoleAssignment[], scopes: Scope[], expires = '90') {
  const { browser, account } = await signedIn(app, roles);
  const page = await browser.submit('/account/tokens', '/account/tokens', { name: 'intranet', scopes, expires });
  const token = /srk_[A-Za-z0-9_-]{43}/.exec(page.body)?.[0];
  if (!token) throw new Error(`no token on the page (${page.status})`);
  return { token, browser, account, page };
}

const api = (method: 'GET' | 'POST', url: string, token: string) =>
  app.server.inject({ method, url, headers: { authorization: `Bearer ${token}` } });

describe('personal access tokens', () => {
  it('are shown once, stored only as a hash, and listed by their prefix', async () => {
    const { token, browser, page } = await tokenFor([{ role: 'auditor', unitId: null }], ['audit:read']);
    expect(page.status).toBe(201);
    expect(page.headers['cache-control']).toContain('no-store');
    const [row] = await app.database.query<{ token_hash: string; prefix: string }>('select token_hash, prefix from access_tokens');
    expect(row!.token_hash).not.toContain(token.slice(4));
    expect(token.startsWith(row!.prefix)).toBe(true);
    const list = await browser.get('/account/tokens');
    expect(list.body).not.toContain(token);
    expect(list.body).toContain(row!.prefix);
  });

  it('answer for their owner, with their scopes', async () => {
    const { token, account } = await tokenFor([{ role: 'auditor', unitId: null }], ['audit:read', 'people:read']);
    const me = await api('GET', '/api/v1/staff/me', token);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: account.id, scopes: ['audit:read', 'people:read'], roles: [{ role: 'auditor', unitId: null }] });
    expect((await api('GET', '/api/v1/staff/users', token)).statusCode).toBe(200);
  });

  it('do no more than their scope allows, even for communications', async () => {
    const profile = await createProfile(app.registry);
    const { token } = await tokenFor([{ role: 'communications', unitId: null }], ['registry:read']);
    const answer = await api('POST', `/api/v1/staff/profiles/${profile.id}/confirmation`, token);
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('forbidden');
    expect((await api('GET', '/api/v1/staff/users', token)).statusCode).toBe(403);
  });

  it('do no more than their owner may, whatever their scope', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const other = await app.registry.createUnit(buildUnit(), 'test');
    const profile = await createProfile(app.registry, { unitId: other.id });
    const { token } = await tokenFor([{ role: 'supervisor', unitId: unit.id }], ['registry:write', 'people:read', 'audit:read']);
    expect((await api('POST', `/api/v1/staff/profiles/${profile.id}/confirmation`, token)).statusCode).toBe(403);
    expect((await api('GET', '/api/v1/staff/users', token)).statusCode).toBe(403);
    const own = await createProfile(app.registry, { unitId: unit.id });
    const confirmed = await api('POST', `/api/v1/staff/profiles/${own.id}/confirmation`, token);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().lastConfirmedAt).toBe(clock.toISOString());
  });

  it('stop working when revoked, when expired, and when their owner is switched off', async () => {
    const revoked = await tokenFor([{ role: 'auditor', unitId: null }], ['people:read']);
    const [row] = await app.database.query<{ id: string }>('select id from access_tokens');
    await revoked.browser.post(`/account/tokens/${row!.id}/revoke`, { _csrf: csrfFrom(revoked.page.body) });
    expect((await api('GET', '/api/v1/staff/me', revoked.token)).statusCode).toBe(401);

    const expiring = await tokenFor([{ role: 'auditor', unitId: null }], ['people:read'], '30');
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    expect((await api('GET', '/api/v1/staff/me', expiring.token)).statusCode).toBe(401);

    const owner = await tokenFor([{ role: 'auditor', unitId: null }], ['people:read'], 'never');
    await app.database.query('update users set active = false where id = $1', [owner.account.id]);
    expect((await api('GET', '/api/v1/staff/me', owner.token)).statusCode).toBe(401);
  });

  it('answer a wrong token with 401 and a Bearer challenge, in the caller’s language', async () => {
    const answer = await app.server.inject({ url: '/api/v1/staff/me', headers: { authorization: 'Bearer srk_nothing', 'accept-language': 'en' } });
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(answer.json()).toEqual({ error: 'unauthorized', message: 'Sign in first.' });
  });

  it('open no pages: a token is for the API only', async () => {
    const { token } = await tokenFor([{ role: 'communications', unitId: null }], ['people:read']);
    const page = await app.server.inject({ url: '/staff/users', headers: { authorization: `Bearer ${token}` } });
    expect(page.statusCode).toBe(303);
  });

  it('need a name and a scope', async () => {
    const { browser } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
    const answer = await browser.submit('/account/tokens', '/account/tokens', { name: '' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#name"');
    expect(answer.body).toContain('href="#scopes"');
  });

  it('cannot be made by someone without any role', async () => {
    const { browser } = await signedIn(app, []);
    expect((await browser.submit('/account/tokens', '/account/tokens', { name: 'x', scopes: 'registry:read' })).status).toBe(403);
  });
});

describe('the staff API from a signed-in browser', () => {
  it('needs the CSRF token in a header for a change', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const profile = await createProfile(app.registry, { unitId: unit.id });
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: unit.id }]);
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const token = csrfFrom((await browser.get('/staff')).body);
    const without = await app.server.inject({ method: 'POST', url: `/api/v1/staff/profiles/${profile.id}/confirmation`, headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error).toBe('csrf');
    const withToken = await app.server.inject({ method: 'POST', url: `/api/v1/staff/profiles/${profile.id}/confirmation`, headers: { cookie, 'x-csrf-token': token } });
    expect(withToken.statusCode).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('describes the staff endpoints and how to authenticate', async () => {
    const doc = (await app.server.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/staff/me']).toBeDefined();
    expect(doc.paths['/api/v1/staff/users']).toBeDefined();
    expect(doc.paths['/api/v1/staff/profiles/{id}/confirmation'].post.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
  });

  it('defines every schema its paths refer to', async () => {
    const doc = (await app.server.inject({ url: '/api/openapi.json' })).json();
    const names = [...new Set(JSON.stringify(doc.paths).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [])].map((r) => r.split('/').pop()!);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !(n in doc.components.schemas))).toEqual([]);
  });
});
