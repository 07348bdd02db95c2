import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../../platform/auth/http';
import type { AuthService } from '../../platform/auth/service';
import type { StaffUser } from '../../platform/auth/staff';
import type { FieldError } from '../../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../../platform/pages/render';
import { cityToday } from '../../registry/domain/profile';
import { formatDate } from '../../registry/pages/components';
import type { TermsService } from '../../terms/service';
import { authorizeReview, isReviewOutcome, maxReviewNoteLength } from './domain';
import { ReviewListPage, ReviewPage, type ReviewFormState } from './pages';
import type { TermsReview, TermsReviewService } from './service';

export interface ReviewRouteDeps {
  reviews: TermsReviewService;
  terms: TermsService;
  auth: AuthService;
  site: SiteInfo;
  /** Days between announcing a closing and the closing (O8), shown with the close choice. */
  closingNoticeDays: number;
  now: () => Date;
}

/** /staff/reviews: re-reviews of profiles after their platform changed its terms (O5). */
export function registerReviewRoutes(root: FastifyInstance, deps: ReviewRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { reviews, site } = deps;
  const idParams = z.object({ id: z.uuid() });
  const today = () => cityToday(deps.now());

  app.get('/staff/reviews', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeReview(user, 'list', null));
    const ctx = pageContext(request, site);
    const [open, recent] = await Promise.all([reviews.openFor(user), reviews.recentFor(user)]);
    const names = await deps.auth.namesOf(recent.map((r) => r.reviewedBy).filter((id): id is string => id !== null));
    return sendPage(reply, ctx, {
      title: ctx.t('reviews:list.title'),
      body: <ReviewListPage ctx={ctx} open={open} recent={recent} names={names} today={today()} />,
    });
  });

  async function reviewable(user: StaffUser, id: string): Promise<TermsReview> {
    const review = await reviews.get(id);
    if (!review) throw new HttpError(404);
    allow(authorizeReview(user, 'record', await reviews.recordOf(review)));
    return review;
  }

  async function reviewPage(
    request: FastifyRequest,
    reply: FastifyReply,
    review: TermsReview,
    view: { state?: ReviewFormState; errors?: FieldError[]; notice?: string | null; status?: number } = {},
  ) {
    const ctx = pageContext(request, site);
    const [entry, names] = await Promise.all([deps.terms.entry(review.platform), deps.auth.namesOf(review.reviewedBy ? [review.reviewedBy] : [])]);
    const errors = view.errors ?? [];
    return sendPage(reply, ctx, {
      status: view.status ?? (errors.length ? 400 : 200),
      title: ctx.t('reviews:form.title', { name: review.profileName }),
      body: (
        <ReviewPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          review={review}
          termsUrl={entry.termsUrl}
          today={today()}
          noticeDays={deps.closingNoticeDays}
          names={names}
          state={view.state ?? { outcome: '', note: '' }}
          errors={errors}
          notice={view.notice ?? null}
        />
      ),
    });
  }

  app.get('/staff/reviews/:id', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    return reviewPage(request, reply, await reviewable(user, request.params.id));
  });

  const body = z.object({ outcome: z.string().max(20).optional().default(''), note: z.string().max(maxReviewNoteLength * 4).optional().default(''), _csrf: z.string().max(200).optional() });

  app.post('/staff/reviews/:id', { schema: { hide: true, params: idParams, body }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    const review = await reviewable(user, request.params.id);
    const state = { outcome: request.body.outcome, note: request.body.note };
    const errors: FieldError[] = [];
    if (!isReviewOutcome(state.outcome)) errors.push({ field: 'outcome', message: request.t('reviews:form.chooseOutcome') });
    if (state.note.trim().length > maxReviewNoteLength) errors.push({ field: 'note', message: request.t('reviews:form.noteTooLong', { max: maxReviewNoteLength }) });
    if (errors.length || !isReviewOutcome(state.outcome)) return reviewPage(request, reply, review, { state, errors });
    const result = await reviews.record(user, review.id, state.outcome, state.note);
    if (!result.ok) {
      if (result.refusal === 'not-found') throw new HttpError(404);
      if (result.refusal === 'forbidden') throw new HttpError(403);
      if (result.refusal === 'note-too-long') return reviewPage(request, reply, review, { state, errors: [{ field: 'note', message: request.t('reviews:form.noteTooLong', { max: maxReviewNoteLength }) }] });
      const current = (await reviews.get(review.id)) ?? review;
      return reviewPage(request, reply, current, { errors: [{ field: 'outcome', message: request.t('reviews:form.alreadyReviewed') }], status: 409 });
    }
    const ctx = pageContext(request, site);
    const notice =
      result.review.outcome === 'continue'
        ? request.t('reviews:notice.continue')
        : result.closingDate
          ? request.t('reviews:notice.close', { date: formatDate(result.closingDate, ctx.lang) })
          : request.t('reviews:notice.closeAlready');
    return reviewPage(request, reply, result.review, { notice });
  });
}
