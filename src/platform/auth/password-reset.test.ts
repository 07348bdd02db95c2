import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest, startTestApp } from '../../../test/helpers/app';
import { Browser, createStaff, csrfFrom } from '../../../test/helpers/client';
import { startSmtpServer } from '../../../test/helpers/smtp';
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

const newPassword = 'sininen-Majakka-syysmyrsky-77';

async function linkFromOutbox(): Promise<string> {
  const [mail] = await app.database.query<{ body: string }>('select body from outbox order by id desc limit 1');
  const match = /http:\/\/registry\.test(\/sign-in\/password\/[A-Za-z0-9_-]+)/.exec(mail?.body ?? '');
  if (!match) throw new Error('no password link in the outbox');
  return match[1]!;
}

async function requestLink(browser: Browser, email: string) {
  return browser.submit('/sign-in/forgot', '/sign-in/forgot', { email });
}

describe('a forgotten password', () => {
  it('gives the same answer whether or not the address has an account, and mails only a real one', async () => {
    const account = await createStaff(app);
    const unknown = await requestLink(new Browser(app), 'nobody@pieksamaki.fi');
    const known = await requestLink(new Browser(app), account.email);
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    expect(unknown.body.replace('nobody@pieksamaki.fi', 'X')).toBe(known.body.replace(account.email, 'X'));
    const mails = await app.database.query<{ recipient: string }>('select recipient from outbox');
    expect(mails.map((m) => m.recipient)).toEqual([account.email]);
  });

  it('sets a new password through a single-use link, and signs the person out everywhere', async () => {
    const account = await createStaff(app);
    const elsewhere = new Browser(app);
    await elsewhere.signIn(account.email, account.password);
    const browser = new Browser(app);
    await requestLink(browser, account.email);
    const link = await linkFromOutbox();
    const form = await browser.get(link);
    expect(form.status).toBe(200);
    expect(form.headers['referrer-policy']).toBe('no-referrer');
    expect(form.body).toContain(account.email);
    const done = await browser.post(link, { _csrf: csrfFrom(form.body), password: newPassword, confirm: newPassword });
    expect(done.location).toBe('/sign-in?done=password-set');
    expect((await elsewhere.get('/account')).status).toBe(303);
    expect((await new Browser(app).signIn(account.email, account.password)).status).toBe(401);
    expect((await new Browser(app).signIn(account.email, newPassword)).status).toBe(303);
    const again = await browser.get(link);
    expect(again.status).toBe(410);
    expect(again.body).toContain('Linkki ei ole enää voimassa');
  });

  it('refuses a weak password and one that differs from its confirmation, naming the field', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await requestLink(browser, account.email);
    const link = await linkFromOutbox();
    const weak = await browser.submit(link, link, { password: 'Kissankello1', confirm: 'Kissankello1' });
    expect(weak.status).toBe(400);
    expect(weak.body).toContain('href="#password"');
    const mismatch = await browser.submit(link, link, { password: newPassword, confirm: `${newPassword}x` });
    expect(mismatch.body).toContain('href="#confirm"');
    expect((await browser.get(link)).status).toBe(200);
  });

  it('refuses an expired link', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await requestLink(browser, account.email);
    const link = await linkFromOutbox();
    const form = await browser.get(link);
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await browser.get(link)).status).toBe(410);
    const late = await browser.post(link, { _csrf: csrfFrom(form.body), password: newPassword, confirm: newPassword });
    expect(late.status).toBe(410);
    expect((await new Browser(app).signIn(account.email, newPassword)).status).toBe(401);
  });

  it('opens a locked account', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    for (let i = 0; i < lockoutPolicy.maxFailures; i++) await browser.signIn(account.email, `wrong-${i}-password`);
    await requestLink(browser, account.email);
    const link = await linkFromOutbox();
    await browser.submit(link, link, { password: newPassword, confirm: newPassword });
    expect((await new Browser(app).signIn(account.email, newPassword)).status).toBe(303);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, then signs out everywhere', async () => {
    const account = await createStaff(app);
    const browser = new Browser(app);
    await browser.signIn(account.email, account.password);
    const wrong = await browser.submit('/account', '/account/password', { current: 'not-my-password', password: newPassword, confirm: newPassword });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('href="#current"');
    const right = await browser.submit('/account', '/account/password', { current: account.password, password: newPassword, confirm: newPassword });
    expect(right.location).toBe('/sign-in?done=password-changed');
    expect((await browser.get('/account')).status).toBe(303);
    expect((await new Browser(app).signIn(account.email, newPassword)).status).toBe(303);
  });
});

describe('mail through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });

  afterAll(async () => {
    await smtp.close();
  });

  it('sends the reset link to the person, in their language, and marks it sent in the outbox', async () => {
    await app.close();
    app = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'somerekisteri@pieksamaki.fi' } });
    const account = await createStaff(app, { lang: 'en' });
    await requestLink(new Browser(app), account.email);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toBe(account.email);
    expect(smtp.received[0]!.data).toMatch(/Subject: (New password|=\?UTF-8\?Q\?New_password)/);
    expect(smtp.received[0]!.data).toMatch(/From: somerekisteri@pieksamaki\.fi/);
    expect(smtp.received[0]!.data).toContain('http://registry.test/sign-in/password/');
    const [row] = await app.database.query<{ status: string }>('select status from outbox');
    expect(row!.status).toBe('sent');
  });

  it('keeps a message it could not send in the outbox as failed', async () => {
    await app.close();
    app = await startTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    const account = await createStaff(app);
    const answer = await requestLink(new Browser(app), account.email);
    expect(answer.status).toBe(200);
    const [row] = await app.database.query<{ status: string; error: string }>('select status, error from outbox');
    expect(row!.status).toBe('failed');
    expect(row!.error).toBeTruthy();
  });
});
