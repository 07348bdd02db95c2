import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import { actorOf } from '../platform/auth/service';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { isPlatform, type Platform } from '../registry/domain/platforms';
import { registerTermsApi } from './api';
import { maxNoteLength, type VersionProblem } from './domain/catalogue';
import { authorizeTerms } from './domain/policy';
import { noteField, TermsCataloguePage, versionField, type TermsPageState } from './pages';
import { TermsFetchError, TermsRuleError, type FetchLike, type TermsService } from './service';

export interface TermsRouteDeps {
  terms: TermsService;
  site: SiteInfo;
  /** The fetch used to read Mastodon servers' terms; the global one unless a test gives another. */
  fetch?: FetchLike;
}

const text = (max: number) => z.string().max(max).optional().default('');
/** The fields are named by the platform (version-instagram, note-instagram): one page holds every platform's form. */
const versionFormBody = z.object({ _csrf: text(200) }).catchall(z.string().max(maxNoteLength * 4));
const fetchFormBody = z.object({ instanceUrl: text(2000), _csrf: text(200) });

const emptyState: TermsPageState = { form: null, instanceUrl: '', errors: [], fieldErrors: [], notice: null };

/**
 * The platform catalogue: the staff page where terms versions are followed (policy rule O5),
 * and the public API. The built-in catalogue is seeded when the server starts.
 */
export function registerTermsRoutes(root: FastifyInstance, deps: TermsRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { terms, site } = deps;

  root.addHook('onReady', async () => {
    await terms.ensureCatalogue();
  });

  registerTermsApi(root, { terms });

  async function cataloguePage(request: FastifyRequest, reply: FastifyReply, state: TermsPageState, status = 200) {
    const user = request.user!;
    const ctx = pageContext(request, site);
    const entries = await terms.catalogue();
    return sendPage(reply, ctx, {
      status,
      title: request.t('terms:page.title'),
      body: <TermsCataloguePage ctx={ctx} csrf={csrfToken(reply)} entries={entries} canRecord={authorizeTerms(user, 'recordVersion')} state={state} />,
    });
  }

  app.get(
    '/staff/platforms',
    { schema: { hide: true, querystring: z.object({ recorded: z.string().max(20).optional(), lang: z.string().optional() }) } },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeTerms(user, 'view'));
      let notice: string | null = null;
      const recorded = request.query.recorded;
      if (recorded && isPlatform(recorded)) {
        const version = await terms.current(recorded);
        if (version) notice = request.t('terms:record.recorded', { platform: request.t(`registry:platform.${recorded}`), version });
      }
      return cataloguePage(request, reply, { ...emptyState, notice });
    },
  );

  function problemErrors(request: FastifyRequest, platform: Platform, problems: VersionProblem[], current: string | null) {
    const errors: FieldError[] = [];
    const fieldErrors: FieldError[] = [];
    for (const p of problems) {
      const field = request.t(`terms:errors.fieldName.${p.field}`);
      const message = request.t(`terms:errors.${p.code}`, { max: maxNoteLength, current: current ?? '' });
      const id = p.field === 'version' ? versionField(platform) : noteField(platform);
      errors.push({ field: id, message: request.t('terms:errors.inForm', { platform: request.t(`registry:platform.${platform}`), field, message }) });
      fieldErrors.push({ field: id, message: request.t('terms:errors.field', { field, message }) });
    }
    return { errors, fieldErrors };
  }

  app.post(
    '/staff/platforms/:platform/versions',
    { schema: { hide: true, params: z.object({ platform: z.string().max(40) }), body: versionFormBody }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeTerms(user, 'recordVersion'));
      const platform = request.params.platform;
      if (!isPlatform(platform)) throw new HttpError(404);
      const version = request.body[versionField(platform)] ?? '';
      const note = request.body[noteField(platform)] ?? '';
      try {
        await terms.recordVersion(platform, { version, note, source: 'manual' }, actorOf(user));
      } catch (error) {
        if (!(error instanceof TermsRuleError)) throw error;
        const current = await terms.current(platform);
        return cataloguePage(request, reply, { ...emptyState, form: { platform, version, note }, ...problemErrors(request, platform, error.problems, current) }, 400);
      }
      return reply.redirect(`/staff/platforms?recorded=${platform}#platform-${platform}`, 303);
    },
  );

  app.post('/staff/platforms/mastodon/fetch', { schema: { hide: true, body: fetchFormBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeTerms(user, 'recordVersion'));
    const instanceUrl = request.body.instanceUrl.trim();
    try {
      const result = await terms.fetchMastodonInstanceTerms(instanceUrl, actorOf(user), deps.fetch);
      const params = { host: result.host, version: result.current.version, fetched: result.fetched.version };
      const notices = [request.t(`terms:fetch.${result.status}`, params)];
      if (result.fetched.succeededBy) notices.push(request.t('terms:fetch.upcoming', { date: result.fetched.succeededBy }));
      return cataloguePage(request, reply, { ...emptyState, notice: notices.join(' ') });
    } catch (error) {
      if (!(error instanceof TermsFetchError)) throw error;
      request.log.info({ code: error.code, detail: error.detail }, 'Mastodon terms not read');
      const field = request.t('terms:errors.fieldName.instanceUrl');
      const message = request.t(`terms:errors.fetch.${error.code}`, { detail: error.detail });
      const shown = { field: 'instanceUrl', message: request.t('terms:errors.field', { field, message }) };
      return cataloguePage(request, reply, { ...emptyState, instanceUrl, errors: [shown], fieldErrors: [shown] }, 400);
    }
  });
}
