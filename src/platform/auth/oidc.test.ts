import { generateKeyPairSync } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations (and @types/oidc-provider is not installed).
import { Provider } from 'oidc-provider';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { startTestApp } from '../../../test/helpers/app';
import { Browser, createStaff, type Answer } from '../../../test/helpers/client';

// A real identity provider on a random local port, with its development sign-in and consent
// pages: the registry talks to it over HTTP exactly as it would to the city's.

const callbackUrl = 'http://registry.test/sign-in/oidc/callback';
const client = { id: 'somerekisteri', secret: 'provider-test-client-secret-0123456789' };

interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name: string;
  roles?: string[];
}

/** What the provider says about each person; a test sets the people it needs. */
const accounts = new Map<string, ProviderAccount>();

let server: Server;
let issuer: string;
let providerHandler: RequestListener;
let handler: RequestListener;

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [callbackUrl],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    // The registry reads who the person is from the ID token, as the city's provider sends it.
    conformIdTokenClaims: false,
    cookies: { keys: ['provider-test-cookie-key'] },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig' }] },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  }) as { callback(): RequestListener };
  providerHandler = provider.callback();
  handler = providerHandler;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let app: App;
beforeEach(async () => {
  accounts.clear();
  handler = providerHandler;
  app = await startTestApp({
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: client.id,
      OIDC_CLIENT_SECRET: client.secret,
      OIDC_ALLOW_INSECURE: 'true',
      OIDC_ROLES_CLAIM: 'roles',
      LOCAL_SIGN_IN: 'true',
    },
  });
});
afterEach(async () => {
  await app.close();
});

/** The person's own browser at the provider: its cookies, its redirects, its form posts. */
async function approveAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    if (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location')!, url);
      if (location.href.startsWith(callbackUrl)) return location;
      url = location.href;
      form = undefined;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action || !prompt) throw new Error(`provider answered ${response.status}: ${page.slice(0, 500)}`);
    url = new URL(action, url).href;
    form = new URLSearchParams(prompt === 'login' ? { prompt, login: accountId, password: 'any' } : { prompt });
  }
  throw new Error('the provider never sent the person back to the registry');
}

/** The whole round trip: the registry, the provider's pages, and the registry's callback. */
async function signInThroughProvider(browser: Browser, accountId: string, next?: string): Promise<Answer> {
  const start = await browser.get(`/sign-in/oidc${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  expect(start.status).toBe(303);
  const back = await approveAtProvider(start.location!, accountId);
  return browser.get(back.pathname + back.search);
}

async function userByEmail(email: string) {
  const [row] = await app.database.query<{ id: string; display_name: string; password_hash: string | null }>(
    'select id, display_name, password_hash from users where email = $1',
    [email],
  );
  return row;
}

async function rolesOf(userId: string) {
  return app.database.query<{ role: string; unit_id: string | null }>('select role, unit_id from role_assignments where user_id = $1 order by role', [userId]);
}

const maija = { email: 'maija.meikalainen@pieksamaki.fi', email_verified: true, name: 'Maija Meikäläinen' };
const failedText = 'Kirjautuminen kaupungin tunnuksella ei onnistunut.';
const noAccountText = 'sähköpostiosoitteen pitää olla vahvistettu ja päättyä @pieksamaki.fi';

describe("signing in through the city's identity provider", () => {
  it('signs in a person whose verified city address the provider vouches for', async () => {
    accounts.set('maija', maija);
    const browser = new Browser(app);
    const answer = await signInThroughProvider(browser, 'maija', '/account');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/account');
    expect(String(answer.headers['set-cookie'])).toMatch(/sid=[^;]+;.*HttpOnly/i);
    const account = await browser.get('/account');
    expect(account.status).toBe(200);
    expect(account.body).toContain('Maija Meikäläinen');
  });

  it('goes to the staff pages when no page asked for the sign-in', async () => {
    accounts.set('maija', maija);
    const answer = await signInThroughProvider(new Browser(app), 'maija');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/staff');
  });

  it('makes an account without roles or password on first sign-in, in the name the provider gives', async () => {
    accounts.set('maija', maija);
    await signInThroughProvider(new Browser(app), 'maija');
    const user = await userByEmail(maija.email);
    expect(user).toMatchObject({ display_name: 'Maija Meikäläinen', password_hash: null });
    expect(await rolesOf(user!.id)).toEqual([]);
    const [created] = await app.database.query<{ actor: string }>("select actor from audit_log where action = 'user.created' and entity_id = $1", [user!.id]);
    expect(created?.actor).toBe('system:oidc');
  });

  it('signs an existing person in to their own account, whatever the case of the address', async () => {
    const existing = await createStaff(app, { email: 'liisa.virtanen@pieksamaki.fi', displayName: 'Liisa Virtanen', roles: [{ role: 'auditor', unitId: null }] });
    accounts.set('liisa', { email: 'Liisa.Virtanen@Pieksamaki.FI', email_verified: true, name: 'L. Virtanen', roles: ['auditor'] });
    const browser = new Browser(app);
    expect((await signInThroughProvider(browser, 'liisa')).status).toBe(303);
    expect((await browser.get('/account')).body).toContain('Liisa Virtanen');
    const [{ count }] = (await app.database.query<{ count: number }>('select count(*)::int as count from users')) as [{ count: number }];
    expect(count).toBe(1);
    expect(await rolesOf(existing.id)).toEqual([{ role: 'auditor', unit_id: null }]);
  });

  it('records the session as started through the provider', async () => {
    accounts.set('maija', maija);
    await signInThroughProvider(new Browser(app), 'maija');
    const user = await userByEmail(maija.email);
    const sessions = await app.database.query<{ method: string }>('select method from sessions where user_id = $1', [user!.id]);
    expect(sessions).toEqual([{ method: 'oidc' }]);
    const [started] = await app.database.query<{ after: unknown }>("select after from audit_log where action = 'session.started' and entity_id = $1", [user!.id]);
    expect(started?.after).toEqual({ method: 'oidc' });
  });

  it('ends the session the browser had before, so an id planted in it is never honoured', async () => {
    const staff = await createStaff(app, { email: maija.email });
    accounts.set('maija', maija);
    const browser = new Browser(app);
    expect((await browser.signIn(staff.email, staff.password)).status).toBe(303);
    const before = browser.cookies.get('sid')!;
    await signInThroughProvider(browser, 'maija');
    expect(browser.cookies.get('sid')).not.toBe(before);
    expect(await app.auth.userForSession(before)).toBeNull();
  });

  it("keeps the sign-in's secrets in a signed, HTTP-only cookie for that sign-in only", async () => {
    const start = await new Browser(app).get('/sign-in/oidc?next=%2Faccount');
    const cookie = String(start.headers['set-cookie']);
    expect(cookie).toMatch(/^oidc=[^;]+\.[^;.]+;/);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\/sign-in\/oidc/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const location = new URL(start.location!);
    expect(location.origin).toBe(issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: client.id,
      redirect_uri: callbackUrl,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      response_type: 'code',
    });
  });

  it('refuses an address the provider has not verified', async () => {
    accounts.set('maija', { ...maija, email_verified: false });
    const browser = new Browser(app);
    const answer = await signInThroughProvider(browser, 'maija');
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(noAccountText);
    expect(browser.cookies.has('sid')).toBe(false);
    expect(await userByEmail(maija.email)).toBeUndefined();
  });

  it("refuses an address outside the city's mail domain", async () => {
    accounts.set('outsider', { email: 'maija@example.com', email_verified: true, name: 'Maija Muualta' });
    const browser = new Browser(app);
    const answer = await signInThroughProvider(browser, 'outsider');
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(noAccountText);
    expect(browser.cookies.has('sid')).toBe(false);
    expect(await userByEmail('maija@example.com')).toBeUndefined();
  });

  it('refuses a person whose account has been closed', async () => {
    const staff = await createStaff(app, { email: maija.email, displayName: 'Maija Meikäläinen' });
    await app.people.update(staff.id, { displayName: 'Maija Meikäläinen', lang: 'fi', active: false, roles: [] }, 'test:setup');
    accounts.set('maija', maija);
    const browser = new Browser(app);
    const answer = await signInThroughProvider(browser, 'maija');
    expect(answer.status).toBe(403);
    expect(answer.body).toContain(noAccountText);
    expect(browser.cookies.has('sid')).toBe(false);
  });

  it('refuses an answer whose state is not the one this browser was sent with', async () => {
    accounts.set('maija', maija);
    const browser = new Browser(app);
    const start = await browser.get('/sign-in/oidc');
    const back = await approveAtProvider(start.location!, 'maija');
    back.searchParams.set('state', 'tampered-state');
    const answer = await browser.get(back.pathname + back.search);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(failedText);
    expect(browser.cookies.has('sid')).toBe(false);
  });

  it('refuses an answer meant for another browser', async () => {
    accounts.set('maija', maija);
    const victim = new Browser(app);
    const attacker = new Browser(app);
    const start = await attacker.get('/sign-in/oidc');
    await victim.get('/sign-in/oidc');
    const back = await approveAtProvider(start.location!, 'maija');
    const answer = await victim.get(back.pathname + back.search);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(failedText);
    expect(victim.cookies.has('sid')).toBe(false);
  });

  it('refuses an answer that arrives without the cookie from the start of the sign-in', async () => {
    accounts.set('maija', maija);
    const start = await new Browser(app).get('/sign-in/oidc');
    const back = await approveAtProvider(start.location!, 'maija');
    const stranger = new Browser(app);
    const answer = await stranger.get(back.pathname + back.search);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(failedText);
    expect(stranger.cookies.has('sid')).toBe(false);
  });

  it('uses the cookie once: the same answer cannot sign in twice', async () => {
    accounts.set('maija', maija);
    const browser = new Browser(app);
    const start = await browser.get('/sign-in/oidc');
    const oidcCookie = browser.cookies.get('oidc')!;
    const back = await approveAtProvider(start.location!, 'maija');
    expect((await browser.get(back.pathname + back.search)).status).toBe(303);
    expect(browser.cookies.has('oidc')).toBe(false);
    const replay = new Browser(app);
    replay.cookies.set('oidc', oidcCookie);
    expect((await replay.get(back.pathname + back.search)).status).toBe(400);
  });

  it('shows the failure when the provider reports an error', async () => {
    const browser = new Browser(app);
    await browser.get('/sign-in/oidc');
    const answer = await browser.get('/sign-in/oidc/callback?error=access_denied&error_description=End-User+aborted+interaction');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(failedText);
    expect(browser.cookies.has('oidc')).toBe(false);
  });

  it('shows the failure while the provider cannot be reached, and tries again at the next sign-in', async () => {
    handler = (_request, response) => {
      response.statusCode = 503;
      response.end();
    };
    const down = await new Browser(app).get('/sign-in/oidc');
    expect(down.status).toBe(502);
    expect(down.body).toContain(failedText);
    handler = providerHandler;
    const up = await new Browser(app).get('/sign-in/oidc');
    expect(up.status).toBe(303);
    expect(up.location!.startsWith(`${issuer}/`)).toBe(true);
  });

  it('grants the city-wide roles the provider names, and removes them when it no longer names them', async () => {
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' } }, 'test');
    const staff = await createStaff(app, { email: maija.email, roles: [{ role: 'employee', unitId: unit.id }] });
    accounts.set('maija', { ...maija, roles: ['communications', 'supervisor', 'admin'] });
    await signInThroughProvider(new Browser(app), 'maija');
    expect(await rolesOf(staff.id)).toEqual([
      { role: 'communications', unit_id: null },
      { role: 'employee', unit_id: unit.id },
    ]);

    // The same roles again change nothing, and leave nothing in the log.
    await signInThroughProvider(new Browser(app), 'maija');
    accounts.set('maija', maija);
    await signInThroughProvider(new Browser(app), 'maija');
    expect(await rolesOf(staff.id)).toEqual([{ role: 'employee', unit_id: unit.id }]);

    const entries = await app.database.query<{ actor: string; before: unknown; after: unknown }>(
      "select actor, before, after from audit_log where action = 'user.roles-from-provider' and entity_id = $1 order by id",
      [staff.id],
    );
    const employee = { role: 'employee', unitId: unit.id };
    const communications = { role: 'communications', unitId: null };
    expect(entries).toEqual([
      { actor: 'system:oidc', before: { roles: [employee] }, after: { roles: [communications, employee] } },
      { actor: 'system:oidc', before: { roles: [communications, employee] }, after: { roles: [employee] } },
    ]);
  });

  it('reads the roles claim also as one space-separated string', async () => {
    accounts.set('maija', { ...maija, roles: 'auditor communications' as unknown as string[] });
    await signInThroughProvider(new Browser(app), 'maija');
    const user = await userByEmail(maija.email);
    expect(await rolesOf(user!.id)).toEqual([
      { role: 'auditor', unit_id: null },
      { role: 'communications', unit_id: null },
    ]);
  });
});
