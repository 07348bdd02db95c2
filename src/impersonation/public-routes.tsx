import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config';
import { csrfToken } from '../platform/auth/http';
import { countAttempt } from '../platform/auth/rate-limit';
import type { Database } from '../platform/db/database';
import type { Translate } from '../platform/i18n/i18n';
import type { FieldError } from '../platform/pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { isPlatform } from '../registry/domain/platforms';
import { shortAddress } from '../registry/pages/components';
import type { RegistryService } from '../registry/service';
import { checkReport, type ReportForm, type ReportProblem } from './domain/report';
import { exampleSlug, honeypotField, LimitedPage, ReceivedPage, ReportPage, WarningsPage, type WarningRow } from './public-pages';
import { reportedFakesSchema } from './schemas';
import type { ImpersonationService } from './service';

export interface PublicRouteDeps {
  impersonation: ImpersonationService;
  registry: RegistryService;
  database: Database;
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

const reportWindowMs = 60 * 60_000;

/** A problem with a report in the reader's words; the field keeps its name for the summary's link. */
export function problemMessage(t: Translate, problem: ReportProblem): FieldError {
  switch (problem.field) {
    case 'address':
      return { field: 'address', message: t(`registry:address.${problem.code}`) };
    case 'platform':
      return { field: 'platform', message: t(`impersonation:problem.${problem.code}`) };
    case 'description':
      return { field: 'description', message: t(`impersonation:problem.description-${problem.code}`, { max: problem.max }) };
    case 'evidence':
      return { field: 'evidence', message: t(`impersonation:problem.evidence-${problem.code}`, 'line' in problem ? { line: problem.line } : { max: problem.max }) };
    case 'shownName':
      return { field: 'shownName', message: t('impersonation:problem.shownName-too-long', { max: problem.max }) };
    case 'contactEmail':
      return { field: 'contactEmail', message: t('impersonation:problem.invalid-email') };
  }
}

const text = (max: number) => z.string().max(max).optional().default('');
const queryText = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.slice(0, max) : undefined), z.string().optional());

/** The public side of fake profiles: the report form and the warning list, as pages and open data. */
export function registerImpersonationPublicRoutes(root: FastifyInstance, deps: PublicRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { impersonation, registry, config, site } = deps;

  function reportPage(request: FastifyRequest, reply: FastifyReply, form: ReportForm, errors: FieldError[] = []) {
    const ctx = pageContext(request, site);
    const title = request.t('impersonation:report.title');
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : 200,
      title: errors.length ? `${request.t('impersonation:report.errorTitle')} – ${title}` : title,
      body: <ReportPage ctx={ctx} csrf={csrfToken(reply)} form={form} errors={errors} exampleHandle={exampleSlug(config.city.name.fi)} />,
    });
  }

  // Linked from verify's "not in the registry" and "suspected" answers, pre-filled with the address.
  app.get(
    '/report',
    { schema: { hide: true, querystring: z.object({ url: queryText(2048), handle: queryText(300), platform: queryText(20), lang: z.string().optional() }) } },
    async (request, reply) => {
      const { url, handle, platform } = request.query;
      return reportPage(request, reply, {
        address: (url ?? handle ?? '').trim(),
        platform: platform && isPlatform(platform) ? platform : '',
        description: '',
        evidence: '',
        shownName: '',
        contactEmail: '',
      });
    },
  );

  const reportBody = z.object({
    address: text(4096),
    platform: text(40),
    description: text(20_000),
    evidence: text(20_000),
    shownName: text(2000),
    contactEmail: text(2000),
    [honeypotField]: text(2000),
    _csrf: text(200),
  });

  /** A limit per address shared by every server: a flood of reports costs a database round trip each. */
  async function overLimit(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const limit = config.reportRateLimit;
    if (limit <= 0) return false;
    const now = deps.now();
    const { count, resetsAt } = await countAttempt(deps.database, `report:${request.ip}`, reportWindowMs, now);
    if (count <= limit) return false;
    reply.header('retry-after', String(Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000))));
    return true;
  }

  app.post('/report', { schema: { hide: true, body: reportBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const body = request.body;
    const form: ReportForm = {
      address: body.address,
      platform: body.platform,
      description: body.description,
      evidence: body.evidence,
      shownName: body.shownName,
      contactEmail: body.contactEmail,
    };
    const robot = body[honeypotField].trim() !== '';
    if (!robot) {
      const checked = checkReport(form);
      if (!checked.ok) return reportPage(request, reply, form, checked.problems.map((p) => problemMessage(request.t, p)));
    }
    if (await overLimit(request, reply)) {
      const ctx = pageContext(request, site);
      return sendPage(reply, ctx, { status: 429, title: request.t('impersonation:limited.title'), body: <LimitedPage ctx={ctx} reportChannel={config.city.reportChannel} /> });
    }
    // A filled honeypot gets the same answer as a person, so the robot learns nothing; nothing is kept.
    if (robot) {
      request.log.info({ honeypot: true }, 'report discarded');
      return reply.redirect(`/report/received?case=${(await impersonation.lastCaseNumber()) + 1}`, 303);
    }
    const result = await impersonation.report(form, request.lang);
    if (!result.ok) return reportPage(request, reply, form, result.problems.map((p) => problemMessage(request.t, p)));
    return reply.redirect(`/report/received?case=${result.caseNumber}`, 303);
  });

  app.get(
    '/report/received',
    { schema: { hide: true, querystring: z.object({ case: z.coerce.number().int().positive().max(999_999_999).optional().catch(undefined), lang: z.string().optional() }) } },
    async (request, reply) => {
      const ctx = pageContext(request, site);
      return sendPage(reply, ctx, { title: request.t('impersonation:received.title'), body: <ReceivedPage ctx={ctx} caseNumber={request.query.case ?? null} /> });
    },
  );

  /** Confirmed fakes still online, with the official profile each poses as. */
  async function warnings() {
    const fakes = await impersonation.onlineFakes();
    const ids = [...new Set(fakes.map((f) => f.impersonatedProfileId).filter((id): id is string => id !== null))];
    const profiles = new Map((await registry.getProfilesByIds(ids)).map((p) => [p.id, p]));
    return fakes.map((f) => {
      const profile = f.impersonatedProfileId ? profiles.get(f.impersonatedProfileId) : undefined;
      return {
        caseNumber: f.caseNumber,
        platform: f.platform,
        address: shortAddress(f.url),
        handle: f.handle,
        impersonates: profile ? { id: profile.id, displayName: profile.displayName } : null,
        since: f.confirmedOn,
      };
    });
  }

  app.get('/warnings', { schema: { hide: true } }, async (request, reply) => {
    const ctx = pageContext(request, site);
    const rows: WarningRow[] = await warnings();
    return sendPage(reply, ctx, { title: request.t('impersonation:warnings.title'), body: <WarningsPage ctx={ctx} rows={rows} /> });
  });

  app.get(
    '/api/v1/reported-fakes',
    {
      schema: {
        tags: ['registry'],
        summary: 'Confirmed fake profiles still online',
        description:
          "Profiles the city has confirmed as fakes posing as the city or its employees (policy rule P6) and that have not been removed yet. Show `address` as text, never as a link. The newest first.",
        response: { 200: reportedFakesSchema },
      },
    },
    async () => {
      const rows = await warnings();
      return {
        items: rows.map((r) => ({
          ...r,
          impersonates: r.impersonates ? { ...r.impersonates, url: `${config.city.publicUrl}/profiles/${r.impersonates.id}` } : null,
        })),
      };
    },
  );
}
