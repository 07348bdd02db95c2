import { Readable } from 'node:stream';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow, csrfToken, HttpError, requireUser } from '../platform/auth/http';
import type { StaffUser } from '../platform/auth/staff';
import { ErrorSummary, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import { pageContext, sendPage, type SiteInfo } from '../platform/pages/render';
import { platforms, type Platform } from '../registry/domain/platforms';
import type { RegistryService } from '../registry/service';
import { formatDate } from '../registry/pages/components';
import {
  authorizeWatchCheck,
  authorizeWatchList,
  watchItems,
  watchNoteMax,
  watchOutcomes,
  type WatchCheck,
  type WatchCheckProblem,
  type WatchedProfile,
  type WatchItem,
} from './domain/watch-list';
import type { WatchChecks } from './watch-checks';

export interface WatchListDeps {
  registry: RegistryService;
  watchChecks: WatchChecks;
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
  recorded: optionalText(200),
  lang: z.string().optional(),
});

const checkBody = z.object({
  profile: z.string().max(100),
  variant: z.string().max(200).default(''),
  outcome: z.string().max(20).default(''),
  note: z.string().max(10_000).default(''),
  offset: z.coerce.number().int().min(0).max(10_000_000).catch(0).default(0),
  _csrf: z.string().optional(),
});

const csvColumns = ['profile_id', 'display_name', 'platform', 'official_handle', 'variant', 'trick', 'check_url', 'last_checked_on', 'last_outcome'] as const;

function csvRows(items: WatchItem[], checks: Map<string, WatchCheck> | undefined): string[][] {
  return items.map((i) => {
    const check = checks?.get(i.variant);
    return [i.profileId, i.displayName, i.platform, i.officialHandle, i.variant, i.trick, i.checkUrl ?? '', check?.checkedOn ?? '', check?.outcome ?? ''];
  });
}

/** The row of a variant: its form's controls are named by it. */
const rowId = (index: number) => `variant-${index}`;

/** `/staff/watch-list`: lookalikes of every official handle to check or take first, and their CSV. */
export function registerWatchListRoutes(root: FastifyInstance, deps: WatchListDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, watchChecks, site } = deps;
  const today = () => registry.today();

  async function watchPage(
    request: FastifyRequest,
    reply: FastifyReply,
    user: StaffUser,
    query: { q?: string | undefined; platform?: Platform | undefined; offset: number },
    selected: WatchedProfile | null,
    view: { recorded?: string | undefined; errors?: FieldError[]; failedVariant?: string; values?: { outcome: string; note: string }; status?: number } = {},
  ) {
    const [page, latest] = await Promise.all([
      registry.listProfiles({ q: query.q, platform: query.platform }, { limit: pageSize, offset: query.offset }),
      selected ? watchChecks.latest([selected.id]) : null,
    ]);
    const checks = (selected && latest?.get(selected.id)) || new Map<string, WatchCheck>();
    // Back from recording a look: say what was recorded, as the list now shows it.
    const recorded = view.recorded ? checks.get(view.recorded) : undefined;
    const notice = recorded
      ? request.t('lookalike:watch.recorded', { variant: recorded.variant, outcome: request.t(`lookalike:watch.outcome.${recorded.outcome}`) })
      : null;
    const ctx = pageContext(request, site);
    const title = selected
      ? `${request.t('lookalike:watch.variantsOf', { handle: selected.handle ?? selected.displayName })} – ${request.t('lookalike:watch.title')}`
      : request.t('lookalike:watch.title');
    const errors = view.errors ?? [];
    return sendPage(reply, ctx, {
      status: view.status ?? 200,
      title: errors.length ? `${request.t('lookalike:watch.errorTitle')} – ${title}` : title,
      body: (
        <WatchListPage
          ctx={ctx}
          query={{ q: query.q ?? '', platform: query.platform }}
          profiles={page.items}
          total={page.total}
          offset={query.offset}
          selected={selected}
          items={selected ? watchItems(selected) : []}
          checks={checks}
          mayRecord={authorizeWatchCheck(user)}
          csrf={authorizeWatchCheck(user) ? csrfToken(reply) : ''}
          notice={notice}
          errors={errors}
          failedVariant={view.failedVariant ?? null}
          values={view.values ?? null}
        />
      ),
    });
  }

  app.get('/staff/watch-list', { schema: { hide: true, querystring: watchQuery } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeWatchList(user));
    const { q, platform, profile: profileId, offset, recorded } = request.query;
    const selected = profileId ? await registry.getProfile(profileId) : null;
    return watchPage(request, reply, user, { q, platform, offset }, selected, { recorded });
  });

  app.post('/staff/watch-list/checks', { schema: { hide: true, body: checkBody }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeWatchList(user) && authorizeWatchCheck(user));
    const { profile: profileId, variant, outcome, note, offset } = request.body;
    const profile = z.uuid().safeParse(profileId).success ? await registry.getProfile(profileId) : null;
    if (!profile) throw new HttpError(404);
    const result = await watchChecks.record(user, profile, { variant, outcome, note });
    if (result.ok) {
      const index = watchItems(profile).findIndex((item) => item.variant === result.check.variant);
      const back = new URLSearchParams({ profile: profile.id, recorded: result.check.variant, ...(offset ? { offset: String(offset) } : {}) });
      return reply.redirect(`/staff/watch-list?${back.toString()}#${rowId(index)}`, 303);
    }
    if (result.refusal === 'forbidden') throw new HttpError(403);
    const index = watchItems(profile).findIndex((item) => item.variant === variant.trim());
    const errors = result.problems.map((p: WatchCheckProblem): FieldError => ({
      field: p.field === 'variant' || index < 0 ? 'variants-title' : `${p.field}-${index}`,
      message: request.t(`lookalike:watch.problem.${p.problem}`, { max: watchNoteMax }),
    }));
    return watchPage(request, reply, user, { offset }, profile, { errors, failedVariant: variant.trim(), values: { outcome, note }, status: 400 });
  });

  app.get('/staff/watch-list.csv', { schema: { hide: true, querystring: watchQuery } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeWatchList(user));
    const { profile: profileId } = request.query;
    const profiles: WatchedProfile[] = profileId
      ? [await registry.getProfile(profileId)].flatMap((p) => (p ? [p] : []))
      : await registry.allProfiles();
    const checks = await watchChecks.latest(profiles.map((p) => p.id));
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="watch-list-${today()}.csv"`)
      .header('cache-control', 'private, no-store');
    return reply.send(
      Readable.from(
        (function* () {
          yield `\ufeff${stringifyCsv([[...csvColumns]])}`;
          for (const profile of profiles) yield stringifyCsv(csvRows(watchItems(profile), checks.get(profile.id)));
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
  checks: Map<string, WatchCheck>;
  mayRecord: boolean;
  csrf: string;
  notice: string | null;
  errors: FieldError[];
  /** The variant whose form came back with errors, and what was in it. */
  failedVariant: string | null;
  values: { outcome: string; note: string } | null;
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
      <ErrorSummary title={t('lookalike:watch.errorTitle')} errors={props.errors} />
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
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
                  <th scope="col">{t('lookalike:watch.latest')}</th>
                  {props.mayRecord ? <th scope="col">{t('lookalike:watch.record')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {props.items.map((item, index) => {
                  const check = props.checks.get(item.variant);
                  const failed = props.failedVariant === item.variant ? props.values : null;
                  const outcomeError = failed ? props.errors.find((e) => e.field === `outcome-${index}`)?.message : undefined;
                  const noteError = failed ? props.errors.find((e) => e.field === `note-${index}`)?.message : undefined;
                  return (
                    <tr id={rowId(index)}>
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
                      <td>
                        {check ? t('lookalike:watch.checkedOn', { date: formatDate(check.checkedOn, ctx.lang), outcome: t(`lookalike:watch.outcome.${check.outcome}`) }) : t('lookalike:watch.notChecked')}
                        {check?.note ? (
                          <>
                            <br />
                            {check.note}
                          </>
                        ) : null}
                        {check?.outcome === 'taken' && item.checkUrl ? (
                          <>
                            <br />
                            <a href={`/report?url=${encodeURIComponent(item.checkUrl)}`}>{t('lookalike:watch.reportTaken')}</a>
                          </>
                        ) : null}
                      </td>
                      {props.mayRecord ? (
                        <td>
                          <form method="post" action="/staff/watch-list/checks" class="watch-check">
                            <input type="hidden" name="_csrf" value={props.csrf} />
                            <input type="hidden" name="profile" value={selected.id} />
                            <input type="hidden" name="variant" value={item.variant} />
                            {props.offset ? <input type="hidden" name="offset" value={String(props.offset)} /> : null}
                            <label for={`outcome-${index}`} class="visually-hidden">
                              {t('lookalike:watch.recordOutcome', { variant: item.variant })}
                            </label>
                            <RowError id={`outcome-${index}-error`} message={outcomeError} />
                            <select id={`outcome-${index}`} name="outcome" aria-invalid={outcomeError ? 'true' : undefined} aria-describedby={outcomeError ? `outcome-${index}-error` : undefined}>
                              <option value="">{t('lookalike:watch.choose')}</option>
                              {watchOutcomes.map((o) => (
                                <option value={o} selected={failed?.outcome === o}>
                                  {t(`lookalike:watch.outcome.${o}`)}
                                </option>
                              ))}
                            </select>{' '}
                            <label for={`note-${index}`} class="visually-hidden">
                              {t('lookalike:watch.recordNote', { variant: item.variant })}
                            </label>
                            <RowError id={`note-${index}-error`} message={noteError} />
                            <input
                              type="text"
                              id={`note-${index}`}
                              name="note"
                              size={16}
                              value={failed?.note ?? ''}
                              aria-invalid={noteError ? 'true' : undefined}
                              aria-describedby={noteError ? `note-${index}-error` : undefined}
                            />{' '}
                            <button type="submit" aria-label={`${t('lookalike:watch.record')}: ${item.variant}`}>
                              {t('lookalike:watch.record')}
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
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

/** A control's error inside a table row, where the form's summary links to it. */
function RowError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <span class="error-message" id={props.id}>
      {props.message}
    </span>
  ) : null;
}
