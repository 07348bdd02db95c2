import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as client from 'openid-client';
import { z } from 'zod';
import type { Config, OidcConfig } from '../../config';
import { isCityEmail, normaliseEmail } from '../../people/domain/users';
import type { PeopleService } from '../../people/service';
import { recordAudit } from '../audit/audit';
import type { Database, DbOrTx } from '../db/database';
import { safeLocalPath } from '../http/language';
import type { FieldError } from '../pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../pages/render';
import { csrfToken, sessionCookie, setSessionCookie } from './http';
import { SignInPage } from './pages';
import { staffHome } from './routes';
import { roleAssignments, users } from './schema';
import type { AuthService } from './service';
import { cityWideRoles, isCityWide, type Role, type RoleAssignment } from './staff';

export interface OidcRouteDeps {
  auth: AuthService;
  people: PeopleService;
  database: Database;
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

const flowCookie = 'oidc';
const flowPath = '/sign-in/oidc';
const systemActor = 'system:oidc';

/** What the browser carries from the redirect to the provider back to the callback. */
const flowSchema = z.object({ verifier: z.string(), state: z.string(), nonce: z.string(), next: z.string() });
type Flow = z.infer<typeof flowSchema>;

type Refusal = { status: number; message: string };

/** Sign-in through the city's identity provider (authorization code flow with PKCE). */
export function registerOidcRoutes(root: FastifyInstance, deps: OidcRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { auth, config } = deps;
  const oidc = config.auth.oidc!;
  const redirectUri = `${config.city.publicUrl}/sign-in/oidc/callback`;
  const providerConfiguration = discoveryCache(oidc);
  const database = () => deps.database.db;

  function signInPage(request: FastifyRequest, reply: FastifyReply, next: string, refusal: Refusal) {
    const ctx = pageContext(request, deps.site);
    // The provider's button has no form field of its own; the summary still needs an anchor.
    const errors: FieldError[] = [{ field: 'provider', message: refusal.message }];
    return sendPage(reply, ctx, {
      status: refusal.status,
      title: request.t('auth:signIn.title'),
      body: <SignInPage ctx={ctx} csrf={csrfToken(reply)} next={next} email="" errors={errors} notice={null} oidc local={config.auth.localSignIn} />,
    });
  }

  const failed = (request: FastifyRequest, status: number): Refusal => ({ status, message: request.t('auth:signIn.providerFailed') });
  const noAccount = (request: FastifyRequest): Refusal => ({
    status: 403,
    message: request.t('auth:signIn.providerNoAccount', { domain: config.city.emailDomain }),
  });

  app.get(
    '/sign-in/oidc',
    { schema: { hide: true, querystring: z.object({ next: z.string().max(2000).optional() }) } },
    async (request, reply) => {
      const next = safeLocalPath(request.query.next ?? staffHome);
      let configuration: client.Configuration;
      try {
        configuration = await providerConfiguration();
      } catch (error) {
        request.log.warn({ err: error }, 'identity provider discovery failed');
        return signInPage(request, reply, next, failed(request, 502));
      }
      const flow: Flow = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), next };
      reply.setCookie(flowCookie, JSON.stringify(flow), {
        signed: true,
        httpOnly: true,
        path: flowPath,
        maxAge: 600,
        // Lax, not strict: the provider's redirect back is a cross-site top-level navigation.
        sameSite: 'lax',
        secure: request.protocol === 'https',
      });
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return reply.redirect(url.href, 303);
    },
  );

  app.get(
    '/sign-in/oidc/callback',
    { schema: { hide: true, querystring: z.object({ error: z.string().max(2000).optional() }) } },
    async (request, reply) => {
      const flow = readFlow(request);
      // Single use: a second visit to the same callback must start over.
      reply.clearCookie(flowCookie, { path: flowPath });
      if (!flow || request.query.error) {
        request.log.warn({ providerError: request.query.error ?? null, hasFlow: flow !== null }, 'identity provider sign-in not completed');
        return signInPage(request, reply, flow?.next ?? staffHome, failed(request, 400));
      }
      const claims = await exchangeCode(request, flow);
      if (!claims) return signInPage(request, reply, flow.next, failed(request, 400));
      const userId = await accountFor(request, claims);
      const token = userId ? await startSession(userId, claims) : null;
      if (!token) return signInPage(request, reply, flow.next, noAccount(request));
      // A new session id at every sign-in: an id planted in the browser beforehand is never honoured.
      const previous = request.cookies[sessionCookie];
      if (previous) await auth.endSession(previous);
      setSessionCookie(request, reply, token);
      return reply.redirect(safeLocalPath(flow.next), 303);
    },
  );

  function readFlow(request: FastifyRequest): Flow | null {
    const raw = request.cookies[flowCookie];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || unsigned.value === null) return null;
    try {
      const parsed = flowSchema.safeParse(JSON.parse(unsigned.value));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The ID token's claims, or null when the provider's answer does not check out. */
  async function exchangeCode(request: FastifyRequest, flow: Flow): Promise<client.IDToken | null> {
    // The redirect_uri sent with the code must be the one registered, whatever proxy is in front.
    const currentUrl = new URL(redirectUri);
    currentUrl.search = new URL(request.url, 'http://callback').search;
    try {
      const tokens = await client.authorizationCodeGrant(await providerConfiguration(), currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      return tokens.claims() ?? null;
    } catch (error) {
      request.log.warn({ err: error }, 'identity provider code exchange failed');
      return null;
    }
  }

  /** The id of the account the provider vouches for, made on first sign-in; null when there can be none. */
  async function accountFor(request: FastifyRequest, claims: client.IDToken): Promise<string | null> {
    const { email, email_verified: verified, name } = claims;
    // An unverified address could be anyone's: matching on it would hand over that person's account.
    if (typeof email !== 'string' || verified !== true || !isCityEmail(email, config.city.emailDomain)) {
      // Without the address itself in the log: enough to tell a provider that omits a claim.
      request.log.info({ hasEmail: typeof email === 'string', emailVerified: verified ?? null }, 'identity provider vouched for no city address');
      return null;
    }
    const address = normaliseEmail(email);
    const existing = await findUserId(address);
    if (existing) return existing;
    const displayName = typeof name === 'string' && name.trim() ? name : address;
    const created = await deps.people.create({ email: address, displayName, lang: 'fi', roles: [] }, systemActor);
    if (created.ok) return created.account.id;
    // Another first sign-in of the same person may have made the account a moment earlier.
    return findUserId(address);
  }

  async function findUserId(email: string): Promise<string | null> {
    const [row] = await database().select({ id: users.id }).from(users).where(eq(users.email, email));
    return row?.id ?? null;
  }

  /** The session token, or null when the account is closed. */
  function startSession(userId: string, claims: client.IDToken): Promise<string | null> {
    return database().transaction(async (tx) => {
      // Locked, so that closing the account or a parallel sign-in cannot slip in between.
      const [row] = await tx.select({ active: users.active }).from(users).where(eq(users.id, userId)).for('update');
      if (!row?.active) return null;
      if (oidc.rolesClaim) await syncCityWideRoles(tx, userId, rolesNamedIn(claims[oidc.rolesClaim]));
      return auth.startSession(tx, userId, 'oidc');
    });
  }
}

/**
 * Discovery is fetched once per app; a failure is not kept, so that the next sign-in tries
 * again instead of staying broken until a restart.
 */
function discoveryCache(oidc: OidcConfig): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | null = null;
  return () => {
    pending ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret ?? undefined, undefined, {
        execute: oidc.allowInsecure ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}

/** The city-wide roles a claim names; unit roles are the city's to give in this app, not the provider's. */
function rolesNamedIn(claim: unknown): Set<Role> {
  // Providers send several values either as an array or as one space-separated string.
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const named = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase());
  return new Set(cityWideRoles.filter((role) => named.includes(role)));
}

/** Makes the person's city-wide roles those the provider names, and records a change; call with the user row locked. */
async function syncCityWideRoles(tx: DbOrTx, userId: string, named: Set<Role>): Promise<void> {
  const before = await rolesOf(tx, userId);
  const held = new Set(before.filter((r) => isCityWide(r.role)).map((r) => r.role));
  const removed = cityWideRoles.filter((role) => held.has(role) && !named.has(role));
  const granted = [...named].filter((role) => !held.has(role));
  if (removed.length === 0 && granted.length === 0) return;
  if (removed.length) {
    await tx.delete(roleAssignments).where(and(eq(roleAssignments.userId, userId), inArray(roleAssignments.role, removed)));
  }
  if (granted.length) await tx.insert(roleAssignments).values(granted.map((role) => ({ userId, role, unitId: null })));
  await recordAudit(tx, {
    actor: systemActor,
    action: 'user.roles-from-provider',
    entityType: 'user',
    entityId: userId,
    before: { roles: before },
    after: { roles: await rolesOf(tx, userId) },
  });
}

async function rolesOf(tx: DbOrTx, userId: string): Promise<RoleAssignment[]> {
  const rows = await tx
    .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.unitId));
  return rows as RoleAssignment[];
}
