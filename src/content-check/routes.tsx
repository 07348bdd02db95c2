import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, requireUser } from '../platform/auth/http';
import { actorOf } from '../platform/auth/service';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { mediaKinds, mediaSources, type MediaItem } from './domain/check';
import { authorizeContentCheck } from './domain/policy';
import { ContentCheckPage, mediaField, type CheckPageState } from './pages';
import { presentCheck } from './present';
import { maxTextLength } from './schemas';
import type { ContentCheckService } from './service';

export interface ContentCheckRouteDeps {
  contentCheck: ContentCheckService;
  site: SiteInfo;
}

const maxMediaRows = 50;
// The form's fields by name; each attached file's fields are numbered (media-0-name).
const formBody = z
  .object({ text: z.string().max(maxTextLength * 2).optional().default(''), confirmRead: z.string().max(10).optional(), keepText: z.string().max(10).optional() })
  .catchall(z.string().max(2000));

/** The attached files of a form: a row counts when it names a file or says where its rights come from. */
function mediaOf(body: Record<string, string | undefined>): MediaItem[] {
  const items: MediaItem[] = [];
  for (let i = 0; i < maxMediaRows; i++) {
    const value = (field: keyof MediaItem) => (body[mediaField(i, field)] ?? '').trim();
    const kind = value('kind');
    const source = value('source');
    if (!value('name') && !source) continue;
    items.push({
      kind: (mediaKinds as readonly string[]).includes(kind) ? (kind as MediaItem['kind']) : 'image',
      name: value('name').slice(0, 300),
      source: (mediaSources as readonly string[]).includes(source) ? (source as MediaItem['source']) : null,
      licence: value('licence').slice(0, 300),
      permissionFrom: value('permissionFrom').slice(0, 300),
      credit: value('credit').slice(0, 300),
    });
  }
  return items;
}

/** `/staff/content-check`: check a draft before publishing, and confirm publishing despite findings. */
export function registerContentCheckRoutes(root: FastifyInstance, deps: ContentCheckRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { contentCheck, site } = deps;
  const empty: CheckPageState = { text: '', media: [], result: null, errors: [], notice: null };

  function page(request: FastifyRequest, reply: FastifyReply, state: CheckPageState, status = 200) {
    const ctx = pageContext(request, site);
    const title = state.result
      ? `${request.t(`contentCheck:verdict.${state.result.verdict}`)} – ${request.t('contentCheck:page.title')}`
      : request.t('contentCheck:page.title');
    return sendPage(reply, ctx, { status, title, body: <ContentCheckPage ctx={ctx} csrf={csrfToken(reply)} state={state} /> });
  }

  function textProblem(request: FastifyRequest, text: string): FieldError | null {
    const field = request.t('contentCheck:page.text');
    if (!text.trim()) return { field: 'text', message: request.t('errors.validation', { field, message: request.t('validation.required') }) };
    if (text.length > maxTextLength) return { field: 'text', message: request.t('errors.validation', { field, message: request.t('contentCheck:api.tooLong', { max: maxTextLength }) }) };
    return null;
  }

  app.get(
    '/staff/content-check',
    { schema: { hide: true, querystring: z.object({ confirmed: z.string().max(10).optional(), lang: z.string().optional() }) } },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeContentCheck(user, 'check'));
      const notice = request.query.confirmed ? request.t('contentCheck:page.confirmed') : null;
      return page(request, reply, { ...empty, notice });
    },
  );

  app.post('/staff/content-check', { schema: { hide: true, body: formBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeContentCheck(user, 'check'));
    const text = request.body.text;
    const media = mediaOf(request.body);
    const problem = textProblem(request, text);
    if (problem) return page(request, reply, { ...empty, text, media, errors: [problem] }, 400);
    return page(request, reply, { ...empty, text, media, result: presentCheck(contentCheck.check({ text, media }), request.t) });
  });

  app.post('/staff/content-check/confirmation', { schema: { hide: true, body: formBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeContentCheck(user, 'confirmPublishing'));
    const text = request.body.text;
    const media = mediaOf(request.body);
    const problem = textProblem(request, text);
    if (problem) return page(request, reply, { ...empty, text, media, errors: [problem] }, 400);
    if (request.body.confirmRead !== 'yes') {
      const result = presentCheck(contentCheck.check({ text, media }), request.t);
      const errors = [{ field: 'confirmRead', message: request.t('contentCheck:page.confirmRequired') }];
      return page(request, reply, { ...empty, text, media, result, errors }, 400);
    }
    const confirmed = await contentCheck.confirmPublishing({ text, media, keepText: request.body.keepText === 'yes' }, actorOf(user));
    if (!confirmed.ok) return page(request, reply, { ...empty, text, media, result: presentCheck(contentCheck.check({ text, media }), request.t), notice: request.t('contentCheck:page.nothingToConfirm') });
    return reply.redirect('/staff/content-check?confirmed=1', 303);
  });
}
