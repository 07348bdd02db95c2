import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app';
import type { Config } from '../config';
import type { PeopleService } from '../people/service';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import type { AuthService } from '../platform/auth/service';
import type { StaffUser } from '../platform/auth/staff';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { platforms, type Platform } from '../registry/domain/platforms';
import { profileKinds, type ProfileKind } from '../registry/domain/profile';
import { RegistryRuleError, type RegistryService } from '../registry/service';
import { authorizeProposal, participantIn } from './domain/policy';
import type { Interaction, ProposalDetails } from './domain/proposal';
import { formInteractions, formStateOf, ProposalFormPage, ProposalListPage, ProposalPage, type ProposalFormState } from './pages';
import type { LifecycleService, Proposal, StepResult } from './service';

export interface LifecycleRouteDeps {
  lifecycle: LifecycleService;
  registry: RegistryService;
  people: PeopleService;
  auth: AuthService;
  i18n: App['i18n'];
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

const text = (max: number) => z.string().max(max).optional().default('');
const proposalFormBody = z
  .object({
    kind: text(20),
    platform: text(20),
    workingName: text(1200),
    unitId: text(40),
    purpose: text(8000),
    audience: text(2000),
    hoursPerWeek: text(20),
    privateMessagePolicy: text(8000),
    contactEmail: text(1300),
    expertUserId: text(40),
    expertRole: text(1200),
    separationConfirmed: text(5),
    termsConcerns: text(8000),
    intent: z.enum(['save', 'submit']).catch('save'),
    _csrf: text(200),
  })
  .catchall(z.string().max(8000));
type ProposalFormBody = z.infer<typeof proposalFormBody>;

const limits: Record<string, number> = { workingName: 300, purpose: 2000, audience: 500, privateMessagePolicy: 2000, contactEmail: 320, expertRole: 300, termsConcerns: 2000 };

export function registerLifecycleRoutes(root: FastifyInstance, deps: LifecycleRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { lifecycle, registry, people, config, site } = deps;

  function readForm(body: ProposalFormBody, request: FastifyRequest, knownUnits: Set<string>, knownPeople: Set<string>) {
    const values: Record<string, string> = {};
    for (const key of Object.keys(proposalFormBody.shape)) {
      if (key !== '_csrf' && key !== 'intent') values[key] = String((body as Record<string, unknown>)[key] ?? '').trim();
    }
    const interactions: ProposalFormState['interactions'] = {};
    for (const form of formInteractions) interactions[form] = { used: body[`use-${form}`] === '1', handling: String(body[`handling-${form}`] ?? '').trim().slice(0, 2000) };
    const administrators: { name: string; jobTitle: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const name = String(body[`adminName-${i}`] ?? '').trim().slice(0, 200);
      const jobTitle = String(body[`adminTitle-${i}`] ?? '').trim().slice(0, 200);
      if (name || jobTitle) administrators.push({ name, jobTitle });
    }
    const state: ProposalFormState = {
      values,
      interactions,
      administrators,
      separationConfirmed: values.separationConfirmed === '1',
      termsReviewed: Object.fromEntries(platforms.map((p) => [p, String(body[`terms-${p}`] ?? '').slice(0, 40)]).filter(([, v]) => v !== '')),
    };
    const errors: FieldError[] = [];
    const choose = (field: string) => errors.push({ field, message: request.t('lifecycle:form.chooseOne') });
    if (!(profileKinds as readonly string[]).includes(values.kind!)) choose('kind');
    if (!(platforms as readonly string[]).includes(values.platform!)) choose('platform');
    if (values.unitId && !knownUnits.has(values.unitId)) choose('unitId');
    if (values.expertUserId && !knownPeople.has(values.expertUserId)) choose('expertUserId');
    const hoursText = values.hoursPerWeek!.replace(',', '.');
    const hours = hoursText === '' ? 0 : Number(hoursText);
    if (!Number.isFinite(hours) || hours < 0 || hours > 168) errors.push({ field: 'hoursPerWeek', message: request.t('lifecycle:form.hoursInvalid') });
    for (const [key, max] of Object.entries(limits)) {
      if ((values[key] ?? '').length > max) errors.push({ field: key, message: request.t('lifecycle:form.tooLong', { max }) });
    }
    if (errors.length) return { state, details: null, errors };
    const used: Interaction[] = formInteractions.filter((f) => interactions[f]!.used).map((form) => ({ form, handling: interactions[form]!.handling }));
    const details: ProposalDetails = {
      kind: values.kind as ProfileKind,
      platform: values.platform as Platform,
      workingName: values.workingName!,
      unitId: values.unitId || null,
      purpose: values.purpose!,
      audience: values.audience!,
      interactions: used,
      privateMessagePolicy: values.privateMessagePolicy!,
      hoursPerWeek: Math.round(hours * 10) / 10,
      administrators,
      contactEmail: values.contactEmail!,
      expertUserId: values.expertUserId || null,
      expertRole: values.expertRole!,
      separationConfirmed: state.separationConfirmed,
      // Only the chosen platform's tick counts: it records the version the proposer read (O5).
      termsVersionReviewed: state.termsReviewed[values.platform!] ?? null,
      termsConcerns: values.termsConcerns!,
    };
    return { state, details, errors };
  }

  async function activePeople() {
    return (await people.list()).filter((p) => p.active).map((p) => ({ id: p.id, name: p.displayName }));
  }

  async function formPage(request: FastifyRequest, reply: FastifyReply, view: { id: string | null; title: string; state: ProposalFormState; errors: FieldError[] }) {
    const ctx = pageContext(request, site);
    const [units, persons, terms] = await Promise.all([
      registry.listUnits(),
      activePeople(),
      Promise.all(platforms.map(async (platform) => ({ platform, facts: await lifecycle.platformFacts(platform) }))),
    ]);
    return sendPage(reply, ctx, {
      status: view.errors.length ? 400 : 200,
      title: view.title,
      body: (
        <ProposalFormPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          action={view.id ? `/staff/proposals/${view.id}/edit` : '/staff/proposals/new'}
          title={view.title}
          state={view.state}
          errors={view.errors}
          units={units}
          people={persons}
          terms={terms}
        />
      ),
    });
  }

  async function proposalPage(request: FastifyRequest, reply: FastifyReply, user: StaffUser, proposal: Proposal, view: { notice?: string | null; errors?: FieldError[]; status?: number } = {}) {
    const ctx = pageContext(request, site);
    const record = await lifecycle.record(proposal);
    allow(authorizeProposal(user, 'view', record));
    const ids = [proposal.proposerId, proposal.expertUserId, proposal.decidedBy].filter((x): x is string => Boolean(x));
    const [units, names, problems, facts] = await Promise.all([
      registry.unitsById(),
      deps.auth.namesOf(ids),
      proposal.state === 'draft' ? lifecycle.problems(proposal) : Promise.resolve([]),
      lifecycle.platformFacts(proposal.platform),
    ]);
    const templates = Object.fromEntries((['fi', 'sv', 'en'] as const).map((lang) => [lang, deps.i18n.t(lang)('lifecycle:view.descriptionTemplate')])) as Record<'fi' | 'sv' | 'en', string>;
    return sendPage(reply, ctx, {
      status: view.status ?? (view.errors?.length ? 400 : 200),
      title: proposal.workingName,
      body: (
        <ProposalPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          proposal={proposal}
          units={units}
          who={participantIn(user, record)}
          names={names}
          problems={problems}
          facts={facts}
          notice={view.notice ?? null}
          errors={view.errors ?? []}
          registryBase={config.city.publicUrl}
          cityEmailDomain={config.city.emailDomain}
          descriptionTemplates={templates}
          now={deps.now()}
        />
      ),
    });
  }

  /** Answers a step: the proposal with a notice, or the refusal in words. */
  async function answer(request: FastifyRequest, reply: FastifyReply, user: StaffUser, id: string, result: StepResult, noticeKey: string, errorField = 'state') {
    if (result.ok) return proposalPage(request, reply, user, result.proposal, { notice: request.t(noticeKey) });
    if (result.refusal === 'not-found') throw new HttpError(404);
    if (result.refusal === 'forbidden') throw new HttpError(403);
    const proposal = (await lifecycle.get(id))!;
    const message = request.t(`lifecycle:refusal.${result.refusal}`, { state: request.t(`lifecycle:state.${proposal.state}`) });
    const status = ['not-the-proposer', 'not-the-supervisor', 'own-proposal', 'not-the-named-expert', 'not-an-administrator'].includes(result.refusal) ? 403 : result.refusal === 'not-allowed-in-state' ? 409 : 400;
    return proposalPage(request, reply, user, proposal, { errors: [{ field: errorField, message }], status });
  }

  app.get('/staff/proposals', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeProposal(user, 'list', null));
    const ctx = pageContext(request, site);
    const [all, waiting, units] = await Promise.all([lifecycle.visibleTo(user), lifecycle.waitingFor(user), registry.unitsById()]);
    return sendPage(reply, ctx, {
      title: request.t('lifecycle:list.title'),
      body: (
        <ProposalListPage
          ctx={ctx}
          all={all}
          decisions={waiting.decisions}
          consents={waiting.consents}
          units={units}
          canCreate={authorizeProposal(user, 'create', null)}
          now={deps.now()}
        />
      ),
    });
  });

  const emptyForm = (user: StaffUser): ProposalFormState => ({
    values: { kind: 'organisation', platform: 'facebook', unitId: user.roles.find((r) => r.unitId)?.unitId ?? '' },
    interactions: {},
    administrators: [{ name: user.displayName, jobTitle: '' }],
    separationConfirmed: false,
    termsReviewed: {},
  });

  app.get('/staff/proposals/new', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeProposal(user, 'create', null));
    return formPage(request, reply, { id: null, title: request.t('lifecycle:form.newTitle'), state: emptyForm(user), errors: [] });
  });

  async function knownIds() {
    const [units, persons] = await Promise.all([registry.listUnits(), activePeople()]);
    return { units: new Set(units.map((u) => u.id)), people: new Set(persons.map((p) => p.id)) };
  }

  /** Saves the form as a draft and, when asked, submits it; what is still missing is shown on the proposal. */
  async function saveForm(request: FastifyRequest<{ Body: ProposalFormBody }>, reply: FastifyReply, user: StaffUser, existing: Proposal | null) {
    const known = await knownIds();
    const title = existing ? request.t('lifecycle:form.editTitle', { name: existing.workingName }) : request.t('lifecycle:form.newTitle');
    const { state, details, errors } = readForm(request.body, request, known.units, known.people);
    if (!details) return formPage(request, reply, { id: existing?.id ?? null, title, state, errors });
    const saved = existing ? await lifecycle.edit(user, existing.id, details) : await lifecycle.createDraft(user, details);
    if (!saved.ok) {
      if (saved.refusal === 'forbidden') throw new HttpError(403);
      return answer(request, reply, user, existing!.id, saved, 'lifecycle:view.saved');
    }
    if (request.body.intent !== 'submit') return proposalPage(request, reply, user, saved.proposal, { notice: request.t('lifecycle:view.saved'), status: existing ? 200 : 201 });
    const problems = await lifecycle.problems(saved.proposal);
    if (problems.length) {
      const fieldErrors = problems.map((p) => ({ field: p.field, message: request.t(`lifecycle:problem.${p.code}`, { domain: config.city.emailDomain }) }));
      return formPage(request, reply, { id: saved.proposal.id, title: request.t('lifecycle:form.editTitle', { name: saved.proposal.workingName }), state, errors: fieldErrors });
    }
    return answer(request, reply, user, saved.proposal.id, await lifecycle.submit(user, saved.proposal.id), 'lifecycle:view.submitted');
  }

  app.post('/staff/proposals/new', { schema: { hide: true, body: proposalFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeProposal(user, 'create', null));
    return saveForm(request, reply, user, null);
  });

  const idParams = z.object({ id: z.uuid() });

  async function visible(user: StaffUser, id: string): Promise<Proposal> {
    const proposal = await lifecycle.get(id);
    if (!proposal) throw new HttpError(404);
    allow(authorizeProposal(user, 'view', await lifecycle.record(proposal)));
    return proposal;
  }

  app.get('/staff/proposals/:id', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    return proposalPage(request, reply, user, await visible(user, request.params.id));
  });

  app.get('/staff/proposals/:id/edit', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const proposal = await visible(user, request.params.id);
    allow(proposal.proposerId === user.id);
    if (proposal.state !== 'draft') throw new HttpError(409);
    return formPage(request, reply, { id: proposal.id, title: request.t('lifecycle:form.editTitle', { name: proposal.workingName }), state: formStateOf(proposal), errors: [] });
  });

  app.post('/staff/proposals/:id/edit', { schema: { hide: true, params: idParams, body: proposalFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    return saveForm(request, reply, user, await visible(user, request.params.id));
  });

  const step = (path: string, run: (user: StaffUser, id: string, request: FastifyRequest) => Promise<StepResult>, noticeKey: (result: StepResult) => string, errorField?: string) =>
    app.post(`/staff/proposals/:id/${path}`, { schema: { hide: true, params: idParams }, preHandler: root.csrfProtection }, async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const result = await run(user, request.params.id, request);
      return answer(request, reply, user, request.params.id, result, noticeKey(result), errorField);
    });

  step('submit', (user, id) => lifecycle.submit(user, id), () => 'lifecycle:view.submitted');
  step('withdraw', (user, id) => lifecycle.withdraw(user, id), () => 'lifecycle:view.withdrawn');
  step('consent', (user, id) => lifecycle.consent(user, id), () => 'lifecycle:view.consented');
  step(
    'withdraw-consent',
    (user, id) => lifecycle.withdrawConsent(user, id, { reason: deps.i18n.t('fi')('lifecycle:view.closingReason'), noticeDays: config.closingNoticeDays }),
    (result) => (result.ok && result.proposal.state === 'published' ? 'lifecycle:view.consentWithdrawnClosing' : 'lifecycle:view.consentWithdrawn'),
  );
  step(
    'decide',
    (user, id, request) => {
      const body = (request.body ?? {}) as { decision?: string; reason?: string };
      const decision = body.decision === 'reject' ? 'reject' : 'approve';
      return lifecycle.decide(user, id, decision, String(body.reason ?? '').slice(0, 4000));
    },
    (result) => (result.ok && result.proposal.state === 'rejected' ? 'lifecycle:view.rejected' : 'lifecycle:view.approved'),
    'reason',
  );

  app.post(
    '/staff/proposals/:id/publish',
    { schema: { hide: true, params: idParams, body: z.object({ url: text(2000), handle: text(300), _csrf: text(200) }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const proposal = await visible(user, request.params.id);
      const url = request.body.url.trim();
      if (!url) return proposalPage(request, reply, user, proposal, { errors: [{ field: 'url', message: request.t('registry:staff.form.required') }] });
      try {
        const result = await lifecycle.publish(user, proposal.id, { url, handle: request.body.handle.trim() || null });
        return answer(request, reply, user, proposal.id, result, 'lifecycle:view.published', 'url');
      } catch (error) {
        if (!(error instanceof RegistryRuleError)) throw error;
        const errors = error.violations.map((v) => ({ field: v.field === 'handle' ? 'handle' : 'url', message: request.t(`registry:${v.code}`, v.params) }));
        return proposalPage(request, reply, user, proposal, { errors });
      }
    },
  );
}
