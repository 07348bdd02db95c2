import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import { personIdOf } from '../platform/audit/query';
import type { AuthService } from '../platform/auth/service';
import type { StaffUser } from '../platform/auth/staff';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import type { RegistryService } from '../registry/service';
import { isCaseState, isCloseOutcome, isPlatformChannel, isVerdict, openStates, parseCaseNumber, type CaseState } from './domain/case';
import { authorizeCase } from './domain/policy';
import { dueOn, isStalled } from './domain/stall';
import { CaseListPage, CasePage, casesPerPage } from './staff-pages';
import type { ImpersonationCase, ImpersonationService, StepResult } from './service';

export interface StaffRouteDeps {
  impersonation: ImpersonationService;
  registry: RegistryService;
  auth: AuthService;
  site: SiteInfo;
  now: () => Date;
}

const doneActions = ['triaged', 'reported-to-platform', 'reported-to-police', 'removed', 'closed', 'impersonated-set'] as const;
type Done = (typeof doneActions)[number];

const text = (max: number) => z.string().max(max).optional().default('');

/** The states a filter value stands for: one state, the open ones, or all. */
function statesFor(filter: string): readonly CaseState[] | undefined {
  if (filter === 'all') return undefined;
  if (isCaseState(filter)) return [filter];
  return openStates;
}

/** /staff/cases: the communications unit's fake-profile cases (P6); auditors read them. */
export function registerImpersonationStaffRoutes(root: FastifyInstance, deps: StaffRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { impersonation, registry, site } = deps;

  app.get(
    '/staff/cases',
    {
      schema: {
        hide: true,
        querystring: z.object({
          state: z.string().max(20).optional().catch(undefined),
          page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
          lang: z.string().optional(),
        }),
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeCase(user, 'list'));
      const filter = request.query.state === 'all' || isCaseState(request.query.state) ? request.query.state : 'open';
      const page = request.query.page ?? 1;
      const [{ items, total }, profiles] = await Promise.all([
        impersonation.page({ states: statesFor(filter) }, { limit: casesPerPage, offset: (page - 1) * casesPerPage }),
        registry.allProfiles(),
      ]);
      const ctx = pageContext(request, site);
      return sendPage(reply, ctx, {
        title: ctx.t('impersonation:list.title'),
        body: <CaseListPage ctx={ctx} cases={items} total={total} page={page} filter={filter} profiles={new Map(profiles.map((p) => [p.id, p.displayName]))} />,
      });
    },
  );

  async function visible(user: StaffUser, raw: string): Promise<ImpersonationCase> {
    allow(authorizeCase(user, 'view'));
    const number = parseCaseNumber(raw);
    const found = number === null ? null : await impersonation.get(number);
    if (!found) throw new HttpError(404);
    return found;
  }

  async function casePage(
    request: FastifyRequest,
    reply: FastifyReply,
    user: StaffUser,
    c: ImpersonationCase,
    view: { notice?: string | null; errors?: FieldError[]; values?: Record<string, string>; status?: number } = {},
  ) {
    const ctx = pageContext(request, site);
    const duplicates = await impersonation.duplicatesOf(c.number);
    const [keys, reports, history, profiles] = await Promise.all([
      impersonation.keysOf(c.number),
      impersonation.reportsOf([c.number, ...duplicates]),
      impersonation.history(c.number),
      registry.allProfiles(),
    ]);
    const names = await deps.auth.namesOf([...new Set(history.map((h) => personIdOf(h.actor)).filter((id): id is string => id !== null))]);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    const today = impersonation.today();
    const errors = view.errors ?? [];
    return sendPage(reply, ctx, {
      status: view.status ?? (errors.length ? 400 : 200),
      title: errors.length ? `${ctx.t('impersonation:view.errorTitle')} – ${ctx.t('impersonation:view.title', { number: c.number })}` : ctx.t('impersonation:view.title', { number: c.number }),
      body: (
        <CasePage
          ctx={ctx}
          csrf={csrfToken(reply)}
          c={c}
          keys={keys}
          reports={reports}
          duplicates={duplicates}
          history={history}
          names={names}
          profiles={profiles}
          registered={c.registeredProfileId ? (byId.get(c.registeredProfileId) ?? null) : null}
          impersonated={c.impersonatedProfileId ? (byId.get(c.impersonatedProfileId) ?? null) : null}
          stalled={isStalled({ state: c.state, since: c.stateSince }, today)}
          dueOn={dueOn(c.state, c.stateSince)}
          mayHandle={authorizeCase(user, 'handle')}
          mayReadContact={authorizeCase(user, 'readContact')}
          today={today}
          now={deps.now()}
          notice={view.notice ?? null}
          errors={errors}
          values={view.values ?? {}}
        />
      ),
    });
  }

  app.get(
    '/staff/cases/:number',
    { schema: { hide: true, params: z.object({ number: z.string().max(20) }), querystring: z.object({ done: z.enum(doneActions).optional().catch(undefined), lang: z.string().optional() }) } },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const c = await visible(user, request.params.number);
      const done: Done | undefined = request.query.done;
      return casePage(request, reply, user, c, { notice: done ? request.t(`impersonation:view.done.${done}`) : null });
    },
  );

  /**
   * One step's route: read the form, run the step, then back to the case with a notice (303), or
   * the case again with the refusal at the field it concerns.
   */
  function step<B extends z.ZodObject>(path: string, body: B, done: Done, run: (user: StaffUser, number: number, form: z.infer<B>) => Promise<StepResult>) {
    app.post(
      `/staff/cases/:number/${path}`,
      { schema: { hide: true, params: z.object({ number: z.string().max(20) }), body }, preHandler: root.csrfProtection },
      async (request, reply) => {
        const user = requireUser(request, reply);
        if (!user) return reply;
        const c = await visible(user, request.params.number);
        allow(authorizeCase(user, 'handle'));
        const form = request.body as z.infer<B>;
        const result = await run(user, c.number, form);
        if (result.ok) return reply.redirect(`/staff/cases/${c.number}?done=${done}`, 303);
        if (result.refusal === 'forbidden') throw new HttpError(403);
        if (result.refusal === 'not-found') throw new HttpError(404);
        const current = (await impersonation.get(c.number)) ?? c;
        const message = request.t(`impersonation:refusal.${result.refusal}`, { state: request.t(`impersonation:state.${current.state}`) });
        const values = Object.fromEntries(Object.entries(form as Record<string, unknown>).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
        return casePage(request, reply, user, current, {
          errors: [{ field: result.field ?? 'next-title', message }],
          values,
          status: result.refusal === 'not-allowed-in-state' || result.refusal === 'already-reported-to-police' ? 409 : 400,
        });
      },
    );
  }

  const profileId = (value: string) => (value.trim() === '' ? null : value.trim());

  step(
    'triage',
    z.object({ verdict: text(20), duplicateOf: text(40), impersonatedProfileId: text(40), triageNote: text(8000), _csrf: text(200) }),
    'triaged',
    (user, number, form) => {
      const duplicateOf = form.duplicateOf.trim() === '' ? null : (parseCaseNumber(form.duplicateOf) ?? -1);
      return impersonation.triage(user, number, {
        verdict: isVerdict(form.verdict) ? form.verdict : null,
        // A number that is no case number is refused by the rules as an unknown case.
        duplicateOf,
        note: form.triageNote,
        impersonatedProfileId: profileId(form.impersonatedProfileId),
      });
    },
  );

  step(
    'platform-report',
    z.object({ platformReportedOn: text(20), platformChannel: text(40), platformReference: text(2000), _csrf: text(200) }),
    'reported-to-platform',
    (user, number, form) =>
      impersonation.reportToPlatform(user, number, {
        on: form.platformReportedOn.trim(),
        channel: isPlatformChannel(form.platformChannel) ? form.platformChannel : null,
        reference: form.platformReference,
      }),
  );

  step(
    'police-report',
    z.object({ policeReportedOn: text(20), policeReference: text(2000), _csrf: text(200) }),
    'reported-to-police',
    (user, number, form) => impersonation.reportToPolice(user, number, { on: form.policeReportedOn.trim(), reference: form.policeReference }),
  );

  step('removed', z.object({ removedOn: text(20), removedNote: text(8000), _csrf: text(200) }), 'removed', (user, number, form) =>
    impersonation.markRemoved(user, number, { on: form.removedOn.trim(), note: form.removedNote }),
  );

  step('close', z.object({ outcome: text(40), outcomeNote: text(8000), _csrf: text(200) }), 'closed', (user, number, form) =>
    impersonation.close(user, number, { outcome: isCloseOutcome(form.outcome) ? form.outcome : null, note: form.outcomeNote }),
  );

  step('impersonated', z.object({ impersonatedProfileId: text(40), _csrf: text(200) }), 'impersonated-set', (user, number, form) =>
    impersonation.setImpersonated(user, number, profileId(form.impersonatedProfileId)),
  );
}
