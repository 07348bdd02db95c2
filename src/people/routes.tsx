import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import { actorOf, type AuthService } from '../platform/auth/service';
import type { RoleAssignment, StaffUser } from '../platform/auth/staff';
import type { Lang } from '../platform/i18n/i18n';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import type { RegistryService } from '../registry/service';
import { authorizeAccessToken, authorizeUser } from './domain/policy';
import type { AccountProblem } from './domain/users';
import { UserFormPage, UsersPage, type UserFormValues } from './pages';
import type { PeopleService, StaffAccount } from './service';

export interface PeopleRouteDeps {
  people: PeopleService;
  auth: AuthService;
  registry: RegistryService;
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(100)).max(500));
const userFormBody = z.object({
  email: z.string().max(1000).optional().default(''),
  displayName: z.string().max(1000).optional().default(''),
  lang: z.enum(['fi', 'sv', 'en']).catch('fi'),
  active: z.string().max(10).optional(),
  cityRoles: list,
  supervisorUnits: list,
  employeeUnits: list,
  _csrf: z.string().optional(),
});
type UserFormBody = z.infer<typeof userFormBody>;

/** Roles as the form sends them: city-wide ones by name, unit roles by the units ticked. */
function rolesFromForm(body: UserFormBody): RoleAssignment[] {
  const cityWide = body.cityRoles.filter((r): r is 'communications' | 'auditor' => r === 'communications' || r === 'auditor');
  return [
    ...cityWide.map((role) => ({ role, unitId: null })),
    ...body.supervisorUnits.map((unitId) => ({ role: 'supervisor' as const, unitId })),
    ...body.employeeUnits.map((unitId) => ({ role: 'employee' as const, unitId })),
  ];
}

export function registerPeopleRoutes(root: FastifyInstance, deps: PeopleRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { people, auth, registry, config, site } = deps;
  const passwordLink = (token: string) => `${config.city.publicUrl}/sign-in/password/${token}`;

  const problemMessage = (request: FastifyRequest, p: AccountProblem): FieldError => ({
    field: p.field,
    message: request.t(`people:form.problem.${p.field}.${p.code}`, { domain: config.city.emailDomain }),
  });

  async function unitNames(lang: Lang) {
    return new Map((await registry.listUnits()).map((u) => [u.id, u.name[lang] || u.name.fi]));
  }

  async function usersPage(request: FastifyRequest, reply: FastifyReply, user: StaffUser, notice: string | null = null) {
    const ctx = pageContext(request, site);
    const [accounts, names] = await Promise.all([people.list(), unitNames(ctx.lang)]);
    return sendPage(reply, ctx, {
      title: request.t('people:users.title'),
      body: (
        <UsersPage
          ctx={ctx}
          accounts={accounts}
          unitNames={names}
          canCreate={authorizeUser(user, 'create', null)}
          canEdit={(id) => authorizeUser(user, 'view', { id })}
          notice={notice}
          now={deps.now()}
        />
      ),
    });
  }

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    user: StaffUser,
    view: { account: StaffAccount | null; values: UserFormValues; errors?: FieldError[]; notice?: string | null; status?: number },
  ) {
    const ctx = pageContext(request, site);
    const { account } = view;
    const errors = view.errors ?? [];
    const canUpdate = account ? authorizeUser(user, 'update', account) : authorizeUser(user, 'create', null);
    const tokens = account && authorizeAccessToken(user, 'revoke', { ownerId: account.id }) && account.id !== user.id ? await auth.accessTokensOf(account.id) : null;
    return sendPage(reply, ctx, {
      status: view.status ?? (errors.length ? 400 : 200),
      title: account ? request.t('people:form.editTitle', { name: account.displayName }) : request.t('people:form.newTitle'),
      body: (
        <UserFormPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          action={account ? `/staff/users/${account.id}` : '/staff/users/new'}
          title={account ? request.t('people:form.editTitle', { name: account.displayName }) : request.t('people:form.newTitle')}
          values={view.values}
          errors={errors}
          units={await registry.listUnits()}
          emailDomain={config.city.emailDomain}
          isNew={!account}
          readOnly={!canUpdate}
          notice={view.notice ?? null}
          tokens={tokens}
          canSendLink={Boolean(account && canUpdate && account.active && config.auth.localSignIn)}
          now={deps.now()}
        />
      ),
    });
  }

  const valuesOf = (a: StaffAccount): UserFormValues => ({ email: a.email, displayName: a.displayName, lang: a.lang, active: a.active, roles: a.roles });

  app.get('/staff/users', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUser(user, 'list', null));
    return usersPage(request, reply, user);
  });

  app.get('/staff/users/new', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUser(user, 'create', null));
    return formPage(request, reply, user, { account: null, values: { email: '', displayName: '', lang: 'fi', active: true, roles: [] } });
  });

  app.post('/staff/users/new', { schema: { hide: true, body: userFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeUser(user, 'create', null));
    const body = request.body;
    const values: UserFormValues = { email: body.email.trim(), displayName: body.displayName.trim(), lang: body.lang, active: true, roles: rolesFromForm(body) };
    const result = await people.create({ email: values.email, displayName: values.displayName, lang: body.lang, roles: values.roles }, actorOf(user));
    if (!result.ok) return formPage(request, reply, user, { account: null, values, errors: result.problems.map((p) => problemMessage(request, p)) });
    let notice = request.t('people:form.created', { name: result.account.displayName });
    if (config.auth.localSignIn) {
      await auth.sendPasswordLink(result.account.email, 'invite', passwordLink);
      notice = request.t('people:form.createdInvite', { name: result.account.displayName });
    }
    return usersPage(request, reply, user, notice);
  });

  const idParams = z.object({ id: z.uuid() });

  async function existing(id: string, user: StaffUser): Promise<StaffAccount> {
    const account = await people.get(id);
    if (!account) throw new HttpError(404);
    allow(authorizeUser(user, 'view', account));
    return account;
  }

  app.get('/staff/users/:id', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const account = await existing(request.params.id, user);
    return formPage(request, reply, user, { account, values: valuesOf(account) });
  });

  app.post('/staff/users/:id', { schema: { hide: true, params: idParams, body: userFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const account = await existing(request.params.id, user);
    // Nobody changes their own roles: no form field can raise one's own rights.
    allow(authorizeUser(user, 'update', account));
    const body = request.body;
    const active = body.active === '1';
    if (!active) allow(authorizeUser(user, 'deactivate', account));
    const change = { displayName: body.displayName.trim(), lang: body.lang, active, roles: rolesFromForm(body) };
    const result = await people.update(account.id, change, actorOf(user));
    if (!result) throw new HttpError(404);
    const values = { email: account.email, ...change };
    if (!result.ok) return formPage(request, reply, user, { account, values, errors: result.problems.map((p) => problemMessage(request, p)) });
    if (account.active && !active) await auth.signOutPerson(account.id, actorOf(user));
    return formPage(request, reply, user, { account: result.account, values: valuesOf(result.account), notice: request.t('people:form.saved', { name: result.account.displayName }) });
  });

  app.post('/staff/users/:id/password-link', { schema: { hide: true, params: idParams }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const account = await existing(request.params.id, user);
    allow(authorizeUser(user, 'update', account) && config.auth.localSignIn);
    await auth.sendPasswordLink(account.email, 'invite', passwordLink);
    return formPage(request, reply, user, { account, values: valuesOf(account), notice: request.t('people:form.linkSent', { email: account.email }) });
  });
}
