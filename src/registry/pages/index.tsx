import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { ErrorPages } from '../../platform/http/errors';
import type { NavItem } from '../../platform/pages/layout';
import { pageContext, sendPage, type SiteInfo } from '../../platform/pages/render';
import { platforms } from '../domain/platforms';
import { effectiveStatus, profileStatuses } from '../domain/profile';
import { reportPath, type ReasonText } from '../routes';
import type { RegistryService } from '../service';
import { OpenDataPage } from './open-data';
import { ProfilePage } from './profile';
import { RegistryPage } from './registry';
import { outcomeHeadline, VerifyPage, type VerifyOutcome } from './verify';

export const registryNav: NavItem[] = [
  { href: '/', label: 'registry:nav.registry' },
  { href: '/verify', label: 'registry:nav.verify' },
  { href: '/open-data', label: 'registry:nav.openData' },
  { href: '/warnings', label: 'impersonation:nav.warnings' },
  { href: '/report', label: 'impersonation:nav.report' },
];

export interface RegistryPageDeps {
  registry: RegistryService;
  config: Config;
  site: SiteInfo;
  /** A reason for suspecting an address, in plain words. */
  explainReason: ReasonText;
  /** The day an absent expert is back, when they chose to show it (E4); null when not away. */
  awayUntil?: (profileId: string) => Promise<string | null>;
}

// Query values from a plain HTML form: an empty select or field means "not given", and a value
// that is not one of ours is ignored rather than refused, since people edit URLs by hand.
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? v : undefined), z.enum(values).optional());
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined), z.string().optional());

const feedLink = <link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom" />;

export function registerRegistryPages(root: FastifyInstance, deps: RegistryPageDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, config, site } = deps;

  app.get(
    '/',
    {
      schema: {
        hide: true,
        querystring: z.object({
          q: optionalText(200),
          platform: optionalChoice(platforms),
          unit: z.preprocess((v) => (typeof v === 'string' && z.uuid().safeParse(v).success ? v : undefined), z.string().optional()),
          status: optionalChoice(profileStatuses),
          lang: z.string().optional(),
        }),
      },
    },
    async (request, reply) => {
      const { q, platform, unit, status } = request.query;
      const [found, units] = await Promise.all([registry.allProfiles({ q, platform, unitId: unit }), registry.listUnits()]);
      // The stored status lags on a closing date; the filter follows what the badges say today.
      const today = registry.today();
      const profiles = status ? found.filter((p) => effectiveStatus(p, today) === status) : found;
      const ctx = pageContext(request, site);
      return sendPage(reply, ctx, {
        title: request.t('registry:pages.registry.title'),
        head: feedLink,
        body: (
          <RegistryPage
            ctx={ctx}
            profiles={profiles}
            units={units}
            filter={{ q, platform, unit, status }}
            today={today}
          />
        ),
      });
    },
  );

  app.get(
    '/profiles/:id',
    { schema: { hide: true, params: z.object({ id: z.string() }) } },
    async (request, reply) => {
      const { id } = request.params;
      const profile = z.uuid().safeParse(id).success ? await registry.getProfile(id) : null;
      const ctx = pageContext(request, site);
      if (!profile) {
        return sendPage(reply, ctx, {
          status: 404,
          title: request.t('registry:pages.profile.notFoundTitle'),
          body: (
            <>
              <h1>{request.t('registry:pages.profile.notFoundTitle')}</h1>
              <p>{request.t('registry:pages.profile.notFound')}</p>
              <p>
                <a href="/">{request.t('registry:pages.profile.backToList')}</a>
              </p>
            </>
          ),
        });
      }
      const [units, successors, awayUntil] = await Promise.all([
        registry.unitsById(),
        profile.successorProfileId ? registry.getProfilesByIds([profile.successorProfileId]) : Promise.resolve([]),
        profile.kind === 'expert' && deps.awayUntil ? deps.awayUntil(profile.id) : Promise.resolve(null),
      ]);
      return sendPage(reply, ctx, {
        title: profile.displayName,
        body: <ProfilePage ctx={ctx} profile={profile} units={units} successor={successors[0] ?? null} today={registry.today()} awayUntil={awayUntil} />,
      });
    },
  );

  app.get(
    '/verify',
    {
      schema: {
        hide: true,
        querystring: z.object({
          address: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, 4096) : undefined), z.string().optional()),
          platform: optionalChoice(platforms),
          name: optionalText(300),
          lang: z.string().optional(),
        }),
      },
    },
    async (request, reply) => {
      const { address, platform, name } = request.query;
      const ctx = pageContext(request, site);
      let outcome: VerifyOutcome | null = null;
      if (address !== undefined) {
        const result = await registry.verify({ url: address, platform, name });
        if (!result.ok) outcome = { kind: 'error', error: result.error };
        else {
          const successor =
            result.profile?.successorProfileId ? ((await registry.getProfilesByIds([result.profile.successorProfileId]))[0] ?? null) : null;
          const official = result.status === 'official' || result.status === 'closed';
          outcome = {
            kind: 'answer',
            status: result.status,
            profile: result.profile,
            successor,
            units: await registry.unitsById(),
            resembles: result.resembles.map((r) => ({ profile: r.profile, reasons: r.reasons.map((reason) => deps.explainReason(reason, request.t)) })),
            fakeCase: result.fakeCase,
            reportHref: official ? null : reportPath(result.address),
          };
        }
      }
      const t = request.t;
      const title =
        outcome?.kind === 'answer'
          ? `${outcomeHeadline(ctx, outcome)} – ${t('registry:pages.verify.title')}`
          : outcome?.kind === 'error'
            ? `${t('registry:pages.verify.errorSummary')} – ${t('registry:pages.verify.title')}`
            : t('registry:pages.verify.title');
      return sendPage(reply, ctx, {
        status: outcome?.kind === 'error' ? 400 : 200,
        title,
        body: (
          <VerifyPage
            ctx={ctx}
            address={address ?? ''}
            shownName={name ?? ''}
            platform={platform}
            outcome={outcome}
            reportChannel={config.city.reportChannel}
            exampleHandle={config.city.name.fi}
            today={registry.today()}
          />
        ),
      });
    },
  );

  app.get('/open-data', { schema: { hide: true } }, async (request, reply) => {
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      title: request.t('registry:pages.openData.title'),
      head: feedLink,
      body: <OpenDataPage ctx={ctx} />,
    });
  });
}

export function errorPages(site: SiteInfo): ErrorPages {
  const page = (request: FastifyRequest, reply: FastifyReply, status: number, titleKey: string, messageKey: string) => {
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      status,
      title: request.t(titleKey),
      body: (
        <>
          <h1>{request.t(titleKey)}</h1>
          <p>{request.t(messageKey)}</p>
          <p>
            <a href="/">{request.t('errors.backHome')}</a>
          </p>
        </>
      ),
    });
  };
  return {
    notFound: (request, reply) => page(request, reply, 404, 'errors.notFoundTitle', 'errors.notFound'),
    failure: (request, reply, status, messageKey) =>
      page(
        request,
        reply,
        status,
        status === 403 || status === 401 ? 'errors.forbiddenTitle' : status === 404 ? 'errors.notFoundTitle' : 'errors.internalTitle',
        messageKey ?? (status >= 500 ? 'errors.internal' : status === 429 ? 'errors.tooManyRequests' : 'errors.badRequest'),
      ),
  };
}
