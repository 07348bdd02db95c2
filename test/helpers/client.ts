import type { App } from '../../src/app';
import { hashPassword } from '../../src/platform/auth/passwords';
import type { RoleAssignment } from '../../src/platform/auth/staff';

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | number | undefined>;
  location: string | undefined;
}

/** The last CSRF token a page handed out, as a form would send it back. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token on the page');
  return match[1]!;
}

/**
 * A browser in miniature over app.server.inject: it keeps cookies between requests and sends
 * forms the way a browser does, so tests exercise the same session and CSRF paths as people.
 */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: App) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('GET', url, undefined, headers);
  }

  async post(url: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Answer> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.send('POST', url, body.toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });
  }

  /** Fetches the page with the form first, then posts it with that page's CSRF token. */
  async submit(pageUrl: string, action: string, form: Record<string, string | string[]>): Promise<Answer> {
    const page = await this.get(pageUrl);
    return this.post(action, { _csrf: csrfFrom(page.body), ...form });
  }

  async signIn(email: string, password: string): Promise<Answer> {
    return this.submit('/sign-in', '/sign-in', { email, password });
  }

  private async send(method: 'GET' | 'POST', url: string, payload: string | undefined, headers: Record<string, string>): Promise<Answer> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.server.inject({ method, url, payload, headers: { ...(cookie ? { cookie } : {}), ...headers } });
    for (const c of response.cookies) {
      const expired = (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires !== undefined && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const location = response.headers.location;
    return { status: response.statusCode, body: response.body, headers: response.headers, location: typeof location === 'string' ? location : undefined };
  }
}

export const testPassword = 'kaurapuuro-Lokakuu-tähtisade-42';
let cachedHash: Promise<string> | null = null;

/** A staff account with a known password; the hash is made once per run (argon2 is slow on purpose). */
export async function createStaff(
  app: App,
  options: { email?: string; displayName?: string; roles?: RoleAssignment[]; lang?: 'fi' | 'sv' | 'en' } = {},
): Promise<{ id: string; email: string; password: string }> {
  cachedHash ??= hashPassword(testPassword);
  const email = options.email ?? `staff.${Math.random().toString(36).slice(2, 8)}@pieksamaki.fi`;
  const result = await app.people.create(
    { email, displayName: options.displayName ?? 'Testi Henkilö', lang: options.lang ?? 'fi', roles: options.roles ?? [] },
    'test:setup',
    await cachedHash,
  );
  if (!result.ok) throw new Error(`test account does not validate: ${JSON.stringify(result.problems)}`);
  return { id: result.account.id, email, password: testPassword };
}

/** A browser already signed in as a new account with the given roles. */
export async function signedIn(app: App, roles: RoleAssignment[], options: Parameters<typeof createStaff>[1] = {}) {
  const account = await createStaff(app, { ...options, roles });
  const browser = new Browser(app);
  const answer = await browser.signIn(account.email, account.password);
  if (answer.status !== 303) throw new Error(`sign-in failed with ${answer.status}`);
  return { browser, account };
}
