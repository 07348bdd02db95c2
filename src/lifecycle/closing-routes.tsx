import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app';
import type { Config } from '../config';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import type { StaffUser } from '../platform/auth/staff';
import { ErrorSummary, PostForm, SelectField, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import type { Profile } from '../registry/domain/profile';
import { formatDate, shortAddress } from '../registry/pages/components';
import type { RegistryService } from '../registry/service';
import type { ClosingService } from './closing-service';
import { earliestClosing, type ClosingPlan } from './domain/closing';

export interface ClosingRouteDeps {
  closing: ClosingService;
  registry: RegistryService;
  i18n: App['i18n'];
  config: Config;
  site: SiteInfo;
}

const text = (max: number) => z.string().max(max).optional().default('');

function ClosingPage(props: {
  ctx: PageContext;
  csrf: string;
  profile: Profile;
  values: Record<string, string>;
  errors: FieldError[];
  successors: Profile[];
  noticeDays: number;
  notice: string | null;
  plan: (ClosingPlan & { announcedAt: Date | null }) | null;
  announcements: { lang: 'fi' | 'sv' | 'en'; text: string }[];
}) {
  const { ctx, values, errors, profile } = props;
  const t = ctx.t;
  const editable = profile.status === 'active' && !props.plan?.announcedAt;
  return (
    <>
      <h1>{t('lifecycle:closing.title', { name: profile.displayName })}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('lifecycle:form.errorTitle')} errors={errors} />
      <p>{t('lifecycle:closing.intro')}</p>
      {props.plan ? (
        <p>
          {t('lifecycle:closing.existingPlan', { announce: formatDate(props.plan.announceOn, ctx.lang), close: formatDate(props.plan.closeOn, ctx.lang) })}
        </p>
      ) : null}
      {editable ? (
        <PostForm action={`/staff/profiles/${profile.id}/closing`} csrf={props.csrf} novalidate>
          <TextField id="announceOn" type="date" label={t('lifecycle:closing.announceOn')} hint={t('lifecycle:closing.announceHint')} value={values.announceOn} error={errorFor(errors, 'announceOn')} />
          <TextField id="closeOn" type="date" label={t('lifecycle:closing.closeOn')} hint={t('lifecycle:closing.closeHint', { days: props.noticeDays })} value={values.closeOn} error={errorFor(errors, 'closeOn')} />
          <TextField id="reason" label={t('lifecycle:closing.reason')} value={values.reason} error={errorFor(errors, 'reason')} maxLength={500} />
          <SelectField
            id="successorProfileId"
            label={t('lifecycle:closing.successorProfileId')}
            value={values.successorProfileId}
            options={[{ value: '', label: t('lifecycle:closing.noSuccessor') }, ...props.successors.map((p) => ({ value: p.id, label: `${p.displayName} (${shortAddress(p.url)})` }))]}
            error={errorFor(errors, 'successorProfileId')}
          />
          <TextField id="successorUrl" type="url" label={t('lifecycle:closing.successorUrl')} value={values.successorUrl} error={errorFor(errors, 'successorUrl')} maxLength={2000} />
          <button type="submit">{t('lifecycle:closing.save')}</button>
        </PostForm>
      ) : (
        <p>{t('lifecycle:closing.notActive')}</p>
      )}
      {props.announcements.length ? (
        <section aria-labelledby="texts-title">
          <h2 id="texts-title">{t('lifecycle:closing.textsTitle')}</h2>
          <p>{t('lifecycle:closing.textsIntro')}</p>
          {props.announcements.map((a) => (
            <figure>
              <figcaption>{a.lang.toUpperCase()}</figcaption>
              <p class="secret" lang={a.lang}>
                {a.text}
              </p>
            </figure>
          ))}
        </section>
      ) : null}
    </>
  );
}

export function registerClosingRoutes(root: FastifyInstance, deps: ClosingRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { closing, registry, config, site } = deps;
  const idParams = z.object({ id: z.uuid() });

  async function allowed(user: StaffUser, id: string): Promise<Profile> {
    const profile = await registry.getProfile(id);
    if (!profile) throw new HttpError(404);
    allow(await closing.mayPlan(user, profile));
    return profile;
  }

  /** The announcement in each language, whatever the page's language: followers read all three. */
  async function announcements(plan: ClosingPlan | null): Promise<{ lang: 'fi' | 'sv' | 'en'; text: string }[]> {
    if (!plan) return [];
    const successor = plan.successorProfileId ? await registry.getProfile(plan.successorProfileId) : null;
    const where = successor?.url ?? plan.successorUrl ?? '';
    return (['fi', 'sv', 'en'] as const).map((lang) => ({
      lang,
      text: deps.i18n.t(lang)('lifecycle:closing.announcementTemplate', { date: formatDate(plan.closeOn, lang), reason: plan.reason.replace(/\s*$/, '').replace(/([^.!?])$/, '$1.'), successor: where }),
    }));
  }

  async function page(request: FastifyRequest, reply: FastifyReply, profile: Profile, view: { values?: Record<string, string>; errors?: FieldError[]; notice?: string | null; status?: number } = {}) {
    const ctx = pageContext(request, site);
    const today = registry.today();
    const plan = await closing.planOf(profile.id);
    const successors = (await registry.allProfiles({ status: 'active' })).filter((p) => p.id !== profile.id).sort((a, b) => a.displayName.localeCompare(b.displayName, ctx.lang));
    const values = view.values ?? {
      announceOn: plan?.announceOn ?? today,
      closeOn: plan?.closeOn ?? earliestClosing(today, config.closingNoticeDays),
      reason: plan?.reason ?? '',
      successorProfileId: plan?.successorProfileId ?? '',
      successorUrl: plan?.successorUrl ?? '',
    };
    return sendPage(reply, ctx, {
      status: view.status ?? (view.errors?.length ? 400 : 200),
      title: request.t('lifecycle:closing.title', { name: profile.displayName }),
      body: (
        <ClosingPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          profile={profile}
          values={values}
          errors={view.errors ?? []}
          successors={successors}
          noticeDays={config.closingNoticeDays}
          notice={view.notice ?? null}
          plan={plan}
          announcements={await announcements(plan)}
        />
      ),
    });
  }

  app.get('/staff/profiles/:id/closing', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    return page(request, reply, await allowed(user, request.params.id));
  });

  app.post(
    '/staff/profiles/:id/closing',
    {
      schema: {
        hide: true,
        params: idParams,
        body: z.object({ announceOn: text(20), closeOn: text(20), reason: text(2000), successorProfileId: text(40), successorUrl: text(2000), _csrf: text(200) }),
      },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const profile = await allowed(user, request.params.id);
      const b = request.body;
      const values = { announceOn: b.announceOn.trim(), closeOn: b.closeOn.trim(), reason: b.reason.trim(), successorProfileId: b.successorProfileId.trim(), successorUrl: b.successorUrl.trim() };
      const successorId = z.uuid().safeParse(values.successorProfileId).success ? values.successorProfileId : null;
      const result = await closing.plan(user, profile.id, {
        announceOn: values.announceOn,
        closeOn: values.closeOn,
        reason: values.reason.slice(0, 500),
        successorProfileId: successorId,
        successorUrl: values.successorUrl || null,
      });
      if (!result.ok && 'refusal' in result) {
        if (result.refusal === 'forbidden') throw new HttpError(403);
        if (result.refusal === 'not-found') throw new HttpError(404);
        return page(request, reply, profile, { values, errors: [{ field: 'announceOn', message: request.t('lifecycle:closing.notActive') }], status: 409 });
      }
      if (!result.ok) {
        const errors = result.problems.map((p) => ({ field: p.field, message: request.t(`lifecycle:closing.problem.${p.code}`, p.params) }));
        return page(request, reply, profile, { values, errors });
      }
      const fresh = (await registry.getProfile(profile.id))!;
      const notice = result.announced
        ? request.t('lifecycle:closing.announced', { date: formatDate(result.plan.closeOn, request.lang) })
        : request.t('lifecycle:closing.planned', { date: formatDate(result.plan.announceOn, request.lang) });
      return page(request, reply, fresh, { notice });
    },
  );
}
