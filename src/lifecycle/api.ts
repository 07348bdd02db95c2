import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffSecurity, staffTags } from '../platform/auth/api';
import { allow, HttpError, requireUser } from '../platform/auth/http';
import { errorSchema, pageSchema, pagingQuery } from '../platform/http/schemas';
import { platforms } from '../registry/domain/platforms';
import { cityToday, profileKinds } from '../registry/domain/profile';
import { authorizeProposal } from './domain/policy';
import { interactionForms } from './domain/proposal';
import { proposalStates } from './domain/workflow';
import { authorizeReview, isOverdue, reviewOutcomes } from './reviews/domain';
import type { TermsReview, TermsReviewService } from './reviews/service';
import type { LifecycleService, Proposal } from './service';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const moment = z.iso.datetime({ offset: true });

export const proposalSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(proposalStates),
    kind: z.enum(profileKinds),
    platform: z.enum(platforms),
    workingName: z.string(),
    unitId: z.uuid().nullable(),
    purpose: z.string().meta({ description: 'Why the profile exists (policy rule O1)' }),
    audience: z.string().meta({ description: 'Whom it serves (O1)' }),
    interactions: z.array(z.object({ form: z.enum(interactionForms), handling: z.string() })),
    privateMessagePolicy: z.string().meta({ description: 'How private messages are handled (O9)' }),
    hoursPerWeek: z.number().meta({ description: 'Working time allocated to running the profile (O2)' }),
    administrators: z.array(z.object({ name: z.string(), jobTitle: z.string() })),
    contactEmail: z.string(),
    expertUserId: z.uuid().nullable().meta({ description: 'The employee an expert profile represents (E2)' }),
    expertRole: z.string(),
    separationConfirmed: z.boolean().meta({ description: "The employee's confirmation that the profile is kept apart from their private ones (E3)" }),
    termsVersionReviewed: z.string().nullable().meta({ description: 'The terms of service version the proposer reviewed (O5)' }),
    termsConcerns: z.string(),
    proposerId: z.uuid(),
    submittedAt: moment.nullable(),
    consentAt: moment.nullable().meta({ description: "When the expert gave their consent (E2); null until they have" }),
    decidedAt: moment.nullable(),
    decidedBy: z.uuid().nullable(),
    decisionReason: z.string().nullable(),
    profileId: z.uuid().nullable().meta({ description: 'The registry entry made of the proposal, once published' }),
    createdAt: moment,
    updatedAt: moment,
  })
  .meta({ id: 'Proposal' });

export const proposalQuerySchema = z.object({
  state: z.preprocess(emptyToUndefined, z.enum(proposalStates).optional()),
  ...pagingQuery,
});

export const termsReviewSchema = z
  .object({
    id: z.uuid(),
    profileId: z.uuid(),
    profileName: z.string(),
    profileUrl: z.string(),
    platform: z.enum(platforms),
    termsVersion: z.string().meta({ description: "The platform's terms of service version to review the profile against (O5)" }),
    dueOn: z.iso.date(),
    overdue: z.boolean(),
    outcome: z.enum(reviewOutcomes).nullable().meta({ description: 'continue or close; null while open' }),
    note: z.string(),
    reviewedBy: z.uuid().nullable(),
    reviewedAt: moment.nullable(),
    createdAt: moment,
  })
  .meta({ id: 'TermsReview' });

export const termsReviewQuerySchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(['open', 'reviewed']).default('open')).meta({
    description: 'open: waiting for an outcome, the most urgent first; reviewed: the 100 latest outcomes, the newest first',
  }),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function proposalOut(p: Proposal): z.infer<typeof proposalSchema> {
  return {
    id: p.id,
    state: p.state,
    kind: p.kind,
    platform: p.platform,
    workingName: p.workingName,
    unitId: p.unitId,
    purpose: p.purpose,
    audience: p.audience,
    interactions: p.interactions.map((i) => ({ form: i.form, handling: i.handling })),
    privateMessagePolicy: p.privateMessagePolicy,
    hoursPerWeek: p.hoursPerWeek,
    administrators: p.administrators.map((a) => ({ name: a.name, jobTitle: a.jobTitle })),
    contactEmail: p.contactEmail,
    expertUserId: p.expertUserId,
    expertRole: p.expertRole,
    separationConfirmed: p.separationConfirmed,
    termsVersionReviewed: p.termsVersionReviewed,
    termsConcerns: p.termsConcerns,
    proposerId: p.proposerId,
    submittedAt: iso(p.submittedAt),
    consentAt: iso(p.consentAt),
    decidedAt: iso(p.decidedAt),
    decidedBy: p.decidedBy,
    decisionReason: p.decisionReason,
    profileId: p.profileId,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function reviewOut(r: TermsReview, today: string): z.infer<typeof termsReviewSchema> {
  return {
    id: r.id,
    profileId: r.profileId,
    profileName: r.profileName,
    profileUrl: r.profileUrl,
    platform: r.platform,
    termsVersion: r.termsVersion,
    dueOn: r.dueOn,
    overdue: isOverdue(r, today),
    outcome: r.outcome,
    note: r.note,
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The staff API for proposals and terms of service reviews: read-only, as the browser works on them. */
export function registerLifecycleStaffApi(root: FastifyInstance, deps: { lifecycle: LifecycleService; reviews: TermsReviewService; now: () => Date }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { lifecycle, reviews } = deps;

  app.get(
    '/api/v1/staff/proposals',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Profile proposals',
        description:
          'The proposals for new profiles that the person may see (their own, their units’ as supervisor, all for communications and auditors), ' +
          'the latest changed first. A token needs the proposals:read scope.',
        querystring: proposalQuerySchema,
        response: { 200: pageSchema(proposalSchema), 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeProposal(user, 'list', null));
      const { state, limit, offset } = request.query;
      const visible = (await lifecycle.visibleTo(user)).filter((p) => !state || p.state === state);
      return { total: visible.length, limit, offset, items: visible.slice(offset, offset + limit).map(proposalOut) };
    },
  );

  app.get(
    '/api/v1/staff/proposals/:id',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'One profile proposal',
        description: 'A proposal the person may see. A token needs the proposals:read scope.',
        params: z.object({ id: z.uuid() }),
        response: { 200: proposalSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const proposal = await lifecycle.get(request.params.id);
      if (!proposal) throw new HttpError(404);
      allow(authorizeProposal(user, 'view', await lifecycle.record(proposal)));
      return proposalOut(proposal);
    },
  );

  app.get(
    '/api/v1/staff/terms-reviews',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Terms of service reviews',
        description:
          "Reviews of profiles against their platform's changed terms (policy rule O5) that the person may answer: communications all, " +
          'supervisors their units’, employees the profiles they proposed. A token needs the proposals:read scope.',
        querystring: termsReviewQuerySchema,
        response: { 200: z.object({ items: z.array(termsReviewSchema) }), 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeReview(user, 'list', null));
      const today = cityToday(deps.now());
      const list = request.query.status === 'open' ? await reviews.openFor(user) : await reviews.recentFor(user, 100);
      return { items: list.map((r) => reviewOut(r, today)) };
    },
  );
}
