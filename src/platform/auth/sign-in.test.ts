import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest } from '../../../test/helpers/app';
import { Browser, createStaff, csrfFrom, testPassword } from '../../../test/helpers/client';
import { lockoutPolicy } from './rules';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

const minutesLater = (n: number) => {
  clock = new Date(clock.getTime() + n * 60_000);
};

describe('signing in with a password', () => {
  it('starts a session in an HTTP-only, SameSite cookie and goes to the staff pages', async () => {
    const account = await createStaff(app, { displayName: 'Maija Meikäläinen', roles: [{ role: 'auditor', unitId: null }] });
    const browser = new Browser(app);
    const answer = await browser.signIn(account.email, account.password);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/staff');
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toMatch(/sid=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const account_ = await browser.get('/account');
    expect(account_.status).toBe(200);
    expect(account_.body).toContain('Maija Meikäläinen');
    expect(account_.headers['cache-control']).toBe('private, no-store');
  });

  it('returns to the page that asked for sign-in, and never to another site', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    const page = await browser.get('/sign-in?next=%2Faccount%2Ftokens');
    const answer = await browser.post('/sign-in', { _csrf: csrfFrom(page.body), email: account.email, password: account.password, next: '/account/tokens' });
    expect(answer.location).toBe('/account/tokens');
    const other = new Browser(app);
    const page2 = await other.get('/sign-in');
    const answer2 = await other.post('/sign-in', { _csrf: csrfFrom(page2.body), email: account.email, password: account.password, next: '//evil.example/' });
    expect(answer2.location).toBe('/');
  });

  it('sends a person who is not signed in from a staff page to the sign-in page', async () => {
    const answer = await new Browser(app).get('/account');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/sign-in?next=%2Faccount');
  });

  it('gives one answer for an unknown address and a wrong password', async () => {
    const account = await createStaff(app);
    const unknown = await new Browser(app).signIn('nobody@pieksamaki.fi', testPassword);
    const wrong = await new Browser(app).signIn(account.email, 'väärä-salasana-123456');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toContain('Sähköpostiosoite tai salasana on väärin.');
    expect(wrong.body).toContain('Sähköpostiosoite tai salasana on väärin.');
  });

  it('names the empty field', async () => {
    const answer = await new Browser(app).signIn('', '');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#email"');
    expect(answer.body).toContain('Anna sähköpostiosoite.');
    expect(answer.body).toContain('Anna salasana.');
  });

  it(`locks the account after ${lockoutPolicy.maxFailures} wrong passwords, even against the right one, until the lock ends`, async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    for (let i = 0; i < lockoutPolicy.maxFailures; i++) await browser.signIn(account.email, `wrong-password-${i}-xyz`);
    const locked = await browser.signIn(account.email, account.password);
    expect(locked.status).toBe(401);
    expect(locked.body).toContain('Tili on lukittu');
    const [entry] = await app.database.query<{ action: string }>("select action from audit_log where action = 'user.locked'");
    expect(entry).toBeDefined();
    minutesLater(lockoutPolicy.minutes);
    expect((await browser.signIn(account.email, account.password)).status).toBe(303);
  });

  it('refuses an inactive account', async () => {
    const account = await createStaff(app);
    await app.database.query('update users set active = false where id = $1', [account.id]);
    expect((await new Browser(app).signIn(account.email, account.password)).status).toBe(401);
  });
});

describe('a session', () => {
  it('ends after the idle time and at its absolute end', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    minutesLater(app.config.auth.sessionIdleMinutes - 1);
    expect((await browser.get('/account')).status).toBe(200);
    minutesLater(app.config.auth.sessionIdleMinutes - 1);
    expect((await browser.get('/account')).status).toBe(200);
    minutesLater(app.config.auth.sessionIdleMinutes);
    expect((await browser.get('/account')).status).toBe(303);

    await browser.signIn(account.email, account.password);
    for (let hours = 0; hours < app.config.auth.sessionMaxHours; hours++) {
      minutesLater(20);
      await browser.get('/account');
      minutesLater(20);
      await browser.get('/account');
      minutesLater(20);
      await browser.get('/account');
    }
    expect((await browser.get('/account')).status).toBe(303);
  });

  it('is stored only as a hash', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    const [row] = await app.database.query<{ id_hash: string }>('select id_hash from sessions');
    expect(row!.id_hash).not.toBe(browser.cookies.get('sid'));
    expect(row!.id_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never honours a session id planted before sign-in (session fixation)', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    browser.cookies.set('sid', 'planted-by-an-attacker-0000000000000000000');
    await browser.signIn(account.email, account.password);
    expect(browser.cookies.get('sid')).not.toBe('planted-by-an-attacker-0000000000000000000');
    const attacker = new Browser(app);
    attacker.cookies.set('sid', 'planted-by-an-attacker-0000000000000000000');
    expect((await attacker.get('/account')).status).toBe(303);
  });

  it('gets a new id at every sign-in, and the old one stops working', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    const first = browser.cookies.get('sid')!;
    expect((await browser.get('/sign-in')).status).toBe(303); // already signed in
    const token = csrfFrom((await browser.get('/account')).body);
    await browser.post('/sign-in', { _csrf: token, email: account.email, password: account.password });
    expect(browser.cookies.get('sid')).not.toBe(first);
    const old = new Browser(app);
    old.cookies.set('sid', first);
    expect((await old.get('/account')).status).toBe(303);
  });

  it('ends on sign-out', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    const token = browser.cookies.get('sid')!;
    const page = await browser.get('/account');
    const out = await browser.post('/sign-out', { _csrf: csrfFrom(page.body) });
    expect(out.location).toBe('/sign-in?done=signed-out');
    const replay = new Browser(app);
    replay.cookies.set('sid', token);
    expect((await replay.get('/account')).status).toBe(303);
  });

  it('ends everywhere at once when asked', async () => {
    const account = await createStaff(app);
    const laptop = new Browser(app);
    const phone = new Browser(app);
    await laptop.signIn(account.email, account.password);
    await phone.signIn(account.email, account.password);
    const answer = await laptop.submit('/account', '/sign-out-everywhere', {});
    expect(answer.location).toBe('/sign-in?done=everywhere');
    expect((await phone.get('/account')).status).toBe(303);
    const [entry] = await app.database.query<{ after: { sessions: number } }>("select after from audit_log where action = 'session.ended-everywhere'");
    expect(entry!.after.sessions).toBe(2);
  });
});

describe('forms and CSRF', () => {
  it('refuses a form without a token', async () => {
    const account = await createStaff(app);
    const answer = await new Browser(app).post('/sign-in', { email: account.email, password: account.password });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('Lomake on vanhentunut');
  });

  it("refuses a token replayed from another person's session", async () => {
    const alice = await createStaff(app);
    const mallory = await createStaff(app);
    const aliceBrowser = new Browser(app);
    const malloryBrowser = new Browser(app);
    await aliceBrowser.signIn(alice.email, alice.password);
    await malloryBrowser.signIn(mallory.email, mallory.password);
    const malloryToken = csrfFrom((await malloryBrowser.get('/account')).body);
    await aliceBrowser.get('/account');
    const answer = await aliceBrowser.post('/sign-out-everywhere', { _csrf: malloryToken });
    expect(answer.status).toBe(403);
  });

  it('refuses a token from before sign-in once signed in', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    const before = csrfFrom((await browser.get('/sign-in')).body);
    await browser.post('/sign-in', { _csrf: before, email: account.email, password: account.password });
    expect((await browser.post('/sign-out-everywhere', { _csrf: before })).status).toBe(403);
  });
});

describe('the sign-in rate limit', () => {
  it('answers 429 after too many attempts from one address, across accounts', async () => {
    await app.close();
    const { startTestApp } = await import('../../../test/helpers/app');
    app = await startTestApp({ env: { SIGN_IN_RATE_LIMIT: '3' } });
    const browser = new Browser(app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await browser.signIn(`someone${i}@pieksamaki.fi`, 'whatever-password-1')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('behind HTTPS', () => {
  it('marks the session and CSRF cookies Secure', async () => {
    await app.close();
    const { startTestApp } = await import('../../../test/helpers/app');
    app = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    const account = await createStaff(app);
    const browser = new Browser(app);
    const https = { 'x-forwarded-proto': 'https' };
    const page = await browser.get('/sign-in', https);
    expect(String(page.headers['set-cookie'])).toMatch(/csrf=[^;]+;.*Secure/i);
    const answer = await browser.post('/sign-in', { _csrf: csrfFrom(page.body), email: account.email, password: account.password }, https);
    expect(answer.status).toBe(303);
    expect(String(answer.headers['set-cookie'])).toMatch(/sid=[^;]+;.*Secure/i);
  });
});

describe('one’s own settings', () => {
  it('changes the language of mail, with an audit entry', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    const answer = await browser.submit('/account', '/account/language', { lang: 'sv' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Kieli on tallennettu.');
    const [row] = await app.database.query<{ lang: string }>('select lang from users where id = $1', [account.id]);
    expect(row!.lang).toBe('sv');
    const [entry] = await app.database.query<{ after: { lang: string } }>("select after from audit_log where action = 'user.language-changed'");
    expect(entry!.after.lang).toBe('sv');
  });
});
