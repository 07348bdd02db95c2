import { Readable } from 'node:stream';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, requireUser } from '../platform/auth/http';
import type { PageContext } from '../platform/pages/layout';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { platforms, type Platform } from '../registry/domain/platforms';
import type { RegistryService } from '../registry/service';
import { authorizeWatchList, watchItems, type WatchedProfile, type WatchItem } from './domain/watch-list';

export interface WatchListDeps {
  registry: RegistryService;
  site: SiteInfo;
}

const pageSize = 50;
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? v : undefined), z.enum(values).optional());
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined), z.string().optional());

const watchQuery = z.object({
  q: optionalText(200),
  platform: optionalChoice(platforms),
  profile: z.preprocess((v) => (typeof v === 'string' && z.uuid().safeParse(v).success ? v : undefined), z.uuid().optional()),
  offset: z.coerce.number().int().min(0).max(10_000_000).catch(0).default(0),
  lang: z.string().optional(),
});

const csvColumns = ['profile_id', 'display_name', 'platform', 'official_handle', 'variant', 'trick', 'check_url'] as const;

function csvRows(items: WatchItem[]): string[][] {
  return items.map((i) => [i.profileId, i.displayName, i.platform, i.officialHandle, i.variant, i.trick, i.checkUrl ?? '']);
}

/** `/staff/watch-list`: lookalikes of every official handle to check or take first, and their CSV. */
export function registerWatchListRoutes(root: FastifyInstance, deps: WatchListDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, site } = deps;
  const today = () => registry.today();

  app.get('/staff/watch-list', { schema: { hide: true, querystring: watchQuery } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeWatchList(user));
    const { q, platform, profile: profileId, offset } = request.query;
    const page = await registry.listProfiles({ q, platform }, { limit: pageSize, offset });
    const selected = profileId ? await registry.getProfile(profileId) : null;
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      title: selected
        ? `${request.t('lookalike:watch.variantsOf', { handle: selected.handle ?? selected.displayName })} – ${request.t('lookalike:watch.title')}`
        : request.t('lookalike:watch.title'),
      body: (
        <WatchListPage
          ctx={ctx}
          query={{ q: q ?? '', platform }}
          profiles={page.items}
          total={page.total}
          offset={offset}
          selected={selected}
          items={selected ? watchItems(selected) : []}
        />
      ),
    });
  });

  app.get('/staff/watch-list.csv', { schema: { hide: true, querystring: watchQuery } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeWatchList(user));
    const { profile: profileId } = request.query;
    const profiles: WatchedProfile[] = profileId
      ? [await registry.getProfile(profileId)].flatMap((p) => (p ? [p] : []))
      : await registry.allProfiles();
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="watch-list-${today()}.csv"`)
      .header('cache-control', 'private, no-store');
    return reply.send(
      Readable.from(
        (function* () {
          yield `\ufeff${stringifyCsv([[...csvColumns]])}`;
          for (const profile of profiles) yield stringifyCsv(csvRows(watchItems(profile)));
        })(),
      ),
    );
  });
}

function WatchListPage(props: {
  ctx: PageContext;
  query: { q: string; platform: Platform | undefined };
  profiles: WatchedProfile[];
  total: number;
  offset: number;
  selected: WatchedProfile | null;
  items: WatchItem[];
}) {
  const { ctx, query, selected } = props;
  const t = ctx.t;
  const params = (extra: Record<string, string>) => {
    const search = new URLSearchParams();
    if (query.q) search.set('q', query.q);
    if (query.platform) search.set('platform', query.platform);
    for (const [k, v] of Object.entries(extra)) search.set(k, v);
    const text = search.toString();
    return text ? `?${text}` : '';
  };
  return (
    <>
      <h1>{t('lookalike:watch.title')}</h1>
      <p>{t('lookalike:watch.intro')}</p>
      <p>
        <a href="/staff/watch-list.csv" download>
          {t('lookalike:watch.csvAll')}
        </a>
      </p>
      {selected ? (
        <section aria-labelledby="variants-title">
          <h2 id="variants-title">{t('lookalike:watch.variantsOf', { handle: selected.handle ?? selected.displayName })}</h2>
          <p>
            {selected.displayName} ({t(`registry:platform.${selected.platform}`)}).{' '}
            <a href={`/staff/watch-list.csv?profile=${selected.id}`} download>
              {t('lookalike:watch.csvOne')}
            </a>
          </p>
          {props.items.length === 0 ? (
            <p>{t('lookalike:watch.noHandle')}</p>
          ) : (
            <table>
              <caption>{t('lookalike:watch.variantsCaption', { count: props.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lookalike:watch.variant')}</th>
                  <th scope="col">{t('lookalike:watch.trick')}</th>
                  <th scope="col">{t('lookalike:watch.check')}</th>
                </tr>
              </thead>
              <tbody>
                {props.items.map((item) => (
                  <tr>
                    <td>
                      <code>{item.variant}</code>
                    </td>
                    <td>{t(`lookalike:trick.${item.trick}`)}</td>
                    <td>
                      {item.checkUrl ? (
                        <a href={item.checkUrl} rel="noopener noreferrer nofollow">
                          {t('lookalike:watch.lookOnPlatform', { variant: item.variant })}
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      <search>
        <form method="get" action="/staff/watch-list">
          <div class="field">
            <label for="q">{t('lookalike:watch.search')}</label>
            <input type="text" id="q" name="q" value={query.q} size={40} />
          </div>
          <div class="field">
            <label for="platform">{t('registry:pages.verify.platform')}</label>
            <select id="platform" name="platform">
              <option value="">{t('lookalike:watch.allPlatforms')}</option>
              {platforms.map((p) => (
                <option value={p} selected={query.platform === p}>
                  {t(`registry:platform.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('lookalike:watch.searchSubmit')}</button>
        </form>
      </search>
      <table>
        <caption>{t('lookalike:watch.profilesCaption', { count: props.total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lookalike:watch.profile')}</th>
            <th scope="col">{t('registry:pages.verify.platform')}</th>
            <th scope="col">{t('lookalike:watch.handle')}</th>
          </tr>
        </thead>
        <tbody>
          {props.profiles.map((p) => (
            <tr>
              <td>{p.displayName}</td>
              <td>{t(`registry:platform.${p.platform}`)}</td>
              <td>
                {p.handle ? (
                  <a href={`/staff/watch-list${params({ profile: p.id, offset: String(props.offset) })}#variants-title`} aria-current={selected?.id === p.id ? 'true' : undefined}>
                    {t('lookalike:watch.showVariants', { handle: p.handle })}
                  </a>
                ) : (
                  t('lookalike:watch.noHandleShort')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={t('lookalike:watch.pages')}>
        {props.offset > 0 ? <a href={`/staff/watch-list${params({ offset: String(Math.max(0, props.offset - pageSize)) })}`}>{t('lookalike:watch.previous')}</a> : null}{' '}
        {props.offset + pageSize < props.total ? <a href={`/staff/watch-list${params({ offset: String(props.offset + pageSize) })}`}>{t('lookalike:watch.next')}</a> : null}
      </nav>
    </>
  );
}
