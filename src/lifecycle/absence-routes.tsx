import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import type { StaffUser } from '../platform/auth/staff';
import { ErrorSummary, PostForm, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import type { Profile } from '../registry/domain/profile';
import { formatDate } from '../registry/pages/components';
import type { RegistryService } from '../registry/service';
import type { AbsenceService } from './absence-service';

const text = (max: number) => z.string().max(max).optional().default('');

export function registerAbsenceRoutes(root: FastifyInstance, deps: { absences: AbsenceService; registry: RegistryService; site: SiteInfo }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { absences, registry, site } = deps;
  const idParams = z.object({ id: z.uuid() });

  async function allowed(user: StaffUser, id: string): Promise<Profile> {
    const profile = await registry.getProfile(id);
    if (!profile) throw new HttpError(404);
    allow(await absences.mayManage(user, profile));
    return profile;
  }

  async function page(request: FastifyRequest, reply: FastifyReply, profile: Profile, view: { values?: Record<string, string>; errors?: FieldError[]; notice?: string; status?: number } = {}) {
    const ctx = pageContext(request, site);
    const t = ctx.t;
    const list = await absences.list(profile.id);
    const values = view.values ?? { startsOn: registry.today(), endsOn: '', substitute: '', awayMessage: '', showPublicly: '' };
    const errors = view.errors ?? [];
    const csrf = csrfToken(reply);
    return sendPage(reply, ctx, {
      status: view.status ?? (errors.length ? 400 : 200),
      title: t('lifecycle:absences.title', { name: profile.displayName }),
      body: (
        <>
          <h1>{t('lifecycle:absences.title', { name: profile.displayName })}</h1>
          {view.notice ? (
            <p class="notice" role="status">
              {view.notice}
            </p>
          ) : null}
          <ErrorSummary title={t('lifecycle:form.errorTitle')} errors={errors} />
          <p>{t('lifecycle:absences.intro')}</p>
          {profile.kind !== 'expert' ? (
            <p>{t('lifecycle:absences.notExpert')}</p>
          ) : (
            <PostForm action={`/staff/profiles/${profile.id}/absences`} csrf={csrf} novalidate>
              <div class="form-row">
                <TextField id="startsOn" type="date" label={t('lifecycle:absences.startsOn')} value={values.startsOn} error={errorFor(errors, 'startsOn')} />
                <TextField id="endsOn" type="date" label={t('lifecycle:absences.endsOn')} value={values.endsOn} error={errorFor(errors, 'endsOn')} />
              </div>
              <TextField id="substitute" label={t('lifecycle:absences.substitute')} hint={t('lifecycle:absences.substituteHint')} value={values.substitute} error={errorFor(errors, 'substitute')} maxLength={300} />
              <TextField id="awayMessage" label={t('lifecycle:absences.awayMessage')} value={values.awayMessage} maxLength={500} />
              <div class="field">
                <label class="checkbox">
                  <input type="checkbox" name="showPublicly" value="1" checked={values.showPublicly === '1'} /> {t('lifecycle:absences.showPublicly')}
                </label>
              </div>
              <button type="submit">{t('lifecycle:absences.add')}</button>
            </PostForm>
          )}
          <h2>{t('lifecycle:absences.listTitle')}</h2>
          {list.length === 0 ? (
            <p>{t('lifecycle:absences.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('lifecycle:absences.period')}</th>
                  <th scope="col">{t('lifecycle:absences.cover')}</th>
                  <th scope="col">{t('lifecycle:absences.public')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('lifecycle:absences.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((a) => {
                  const from = formatDate(a.startsOn, ctx.lang);
                  const to = formatDate(a.endsOn, ctx.lang);
                  return (
                    <tr>
                      <th scope="row">
                        {from}–{to}
                      </th>
                      <td>{[a.substitute, a.awayMessage].filter(Boolean).join(' · ')}</td>
                      <td>{a.showPublicly ? t('lifecycle:absences.yes') : t('lifecycle:absences.no')}</td>
                      <td>
                        <PostForm action={`/staff/profiles/${profile.id}/absences/${a.id}/remove`} csrf={csrf} class="inline-form">
                          <button type="submit" class="button--small" aria-label={t('lifecycle:absences.removeFor', { from, to })}>
                            {t('lifecycle:absences.remove')}
                          </button>
                        </PostForm>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  }

  app.get('/staff/profiles/:id/absences', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    return page(request, reply, await allowed(user, request.params.id));
  });

  app.post(
    '/staff/profiles/:id/absences',
    {
      schema: { hide: true, params: idParams, body: z.object({ startsOn: text(20), endsOn: text(20), substitute: text(1200), awayMessage: text(2000), showPublicly: text(5), _csrf: text(200) }) },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const profile = await allowed(user, request.params.id);
      const b = request.body;
      const values = { startsOn: b.startsOn.trim(), endsOn: b.endsOn.trim(), substitute: b.substitute.trim().slice(0, 300), awayMessage: b.awayMessage.trim().slice(0, 500), showPublicly: b.showPublicly };
      const result = await absences.add(user, profile.id, { ...values, showPublicly: values.showPublicly === '1' });
      if (result.ok) return page(request, reply, profile, { notice: request.t('lifecycle:absences.added') });
      if ('refusal' in result) {
        if (result.refusal === 'forbidden') throw new HttpError(403);
        if (result.refusal === 'not-found') throw new HttpError(404);
        return page(request, reply, profile, { values, errors: [{ field: 'startsOn', message: request.t('lifecycle:absences.notExpert') }], status: 409 });
      }
      return page(request, reply, profile, { values, errors: result.problems.map((p) => ({ field: p.field, message: request.t(`lifecycle:absences.problem.${p.code}`) })) });
    },
  );

  app.post(
    '/staff/profiles/:id/absences/:absenceId/remove',
    { schema: { hide: true, params: z.object({ id: z.uuid(), absenceId: z.uuid() }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const profile = await allowed(user, request.params.id);
      if (!(await absences.remove(user, profile.id, request.params.absenceId))) throw new HttpError(404);
      return page(request, reply, profile, { notice: request.t('lifecycle:absences.removed') });
    },
  );
}
