import type { Lang, Translate } from '../i18n/i18n';
import { ErrorSummary, SelectField, TextField, errorFor, type FieldError } from '../pages/forms';
import type { PageContext } from '../pages/layout';
import type { ChainBreak } from './chain';
import { fi } from './locales/fi';
import { cityTimeZone, filterQuery, hasFilters, personIdOf, systemActors, type AuditFilters, type AuditRow, type OutboxRow } from './query';

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment on the city's clock with the date and the seconds: log entries are read as evidence. */
export function formatMoment(moment: Date, lang: Lang): string {
  return moment.toLocaleString(locales[lang], {
    timeZone: cityTimeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

// Actions, actors and record types are open-ended strings in the log: anything the catalogue
// names is shown in words, anything newer or unexpected as it is stored.
function catalogueHas(section: object, path: string[]): boolean {
  let node: unknown = section;
  for (const part of path) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

export function actionLabel(t: Translate, action: string): string {
  return catalogueHas(fi.action, action.split('.')) ? t(`audit:action.${action}`) : action;
}

export function entityLabel(t: Translate, entityType: string): string {
  return catalogueHas(fi.entity, entityType.split('.')) ? t(`audit:entity.${entityType}`) : entityType;
}

/** A person by today's name (the log keeps ids only); a known system actor in words; others as stored. */
export function actorLabel(t: Translate, actor: string, names: Map<string, string>): string {
  const personId = personIdOf(actor);
  if (personId) return names.get(personId) ?? `${t('audit:actor.unknownPerson')} (${personId})`;
  const colon = actor.indexOf(':');
  if (colon > 0) {
    const kind = actor.slice(0, colon);
    const name = actor.slice(colon + 1);
    if (kind !== 'unknownPerson' && catalogueHas(fi.actor, [kind, ...name.split('.')])) return t(`audit:actor.${kind}.${name}`);
  }
  return actor;
}

export function recordHref(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  if (entityType === 'profile') return `/profiles/${id}`;
  if (entityType === 'user') return `/staff/users/${id}`;
  if (entityType === 'proposal') return `/staff/proposals/${id}`;
  if (entityType === 'unit') return '/staff/units';
  if (entityType === 'impersonation-case') return `/staff/cases/${id}`;
  return null;
}

const shownLength = 120;

/** A value in a line: text as it is, anything else as JSON, cut short with an ellipsis. */
export function compactValue(value: unknown): string {
  const text = typeof value === 'string' ? value : spacedJson(value);
  const chars = Array.from(text);
  return chars.length > shownLength ? `${chars.slice(0, shownLength - 1).join('')}…` : text;
}

// JSON with a space after each comma and colon, so that a long value can wrap in a narrow column.
function spacedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(spacedJson).join(', ')}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`).join(', ')}}`;
  return JSON.stringify(value) ?? 'null';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// jsonb reorders object keys, so equal values are compared in a form with the keys sorted.
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value ?? null));
}

export interface Change {
  /** The top-level key; null when before or after is not an object and is shown whole. */
  key: string | null;
  /** Absent when the key (or the whole value) did not exist on that side. */
  before?: string;
  after?: string;
}

/**
 * The top-level keys whose values differ between before and after, each with its old and new
 * value. A key that is missing and one that is null both mean "no value", and are not a change.
 */
export function changesBetween(before: unknown, after: unknown): Change[] {
  const b = before ?? null;
  const a = after ?? null;
  if (b === null && a === null) return [];
  if ((b === null || isRecord(b)) && (a === null || isRecord(a))) {
    const old = b ?? {};
    const now = a ?? {};
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
    const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key) && record[key] !== null;
    return keys
      .filter((k) => canonical(has(old, k) ? old[k] : null) !== canonical(has(now, k) ? now[k] : null))
      .map((key) => ({
        key,
        ...(has(old, key) ? { before: compactValue(old[key]) } : {}),
        ...(has(now, key) ? { after: compactValue(now[key]) } : {}),
      }));
  }
  if (canonical(b) === canonical(a)) return [];
  return [{ key: null, ...(b === null ? {} : { before: compactValue(b) }), ...(a === null ? {} : { after: compactValue(a) }) }];
}

function ChangeList(props: { t: Translate; entry: AuditRow }) {
  const { t, entry } = props;
  const changes = changesBetween(entry.before, entry.after);
  if (changes.length === 0) return null;
  // A new record has no old values worth listing: its values alone say what was set.
  const created = entry.before === null || entry.before === undefined;
  return (
    <ul>
      {changes.map((c) => (
        <li>
          {c.key === null ? null : (
            <>
              <code>{c.key}</code>:{' '}
            </>
          )}
          {created && c.before === undefined ? (
            c.after
          ) : (
            <>
              {c.before ?? t('audit:log.absent')} <span aria-hidden="true">→</span>
              <span class="visually-hidden"> {t('audit:log.becomes')} </span> {c.after ?? t('audit:log.absent')}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function RecordCell(props: { t: Translate; entry: AuditRow; names: Map<string, string> }) {
  const { t, entry, names } = props;
  const href = recordHref(entry.entityType, entry.entityId);
  const personName = entry.entityType === 'user' ? names.get(entry.entityId.toLowerCase()) : undefined;
  return (
    <>
      {entityLabel(t, entry.entityType)}:{' '}
      {href ? (
        <a href={href} class="address">
          {entry.entityId}
        </a>
      ) : (
        <code>{entry.entityId}</code>
      )}
      {personName ? ` (${personName})` : null}
    </>
  );
}

export interface FilterChoices {
  people: string[];
  actions: string[];
  entityTypes: string[];
}

export interface AuditLogView {
  filters: AuditFilters;
  /** What was typed into the text fields, shown back beside an error so it can be corrected. */
  typed: Partial<Record<'entityId' | 'from' | 'to', string>>;
  errors: FieldError[];
  choices: FilterChoices;
  items: AuditRow[];
  names: Map<string, string>;
  before: number | undefined;
  nextBefore: number | null;
  canExport: boolean;
  exportCap: number;
}

function byLabel(lang: Lang) {
  const collator = new Intl.Collator(locales[lang]);
  return (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
}

export function AuditLogPage(props: { ctx: PageContext; view: AuditLogView }) {
  const { ctx, view } = props;
  const t = ctx.t;
  const { filters, choices, names, errors } = view;
  const filtered = hasFilters(filters);
  const sort = byLabel(ctx.lang);

  const actorOptions = [
    { value: '', label: t('audit:log.anyActor') },
    { value: systemActors, label: t('audit:log.systemActors') },
    ...choices.people.map((id) => ({ value: `user:${id}`, label: actorLabel(t, `user:${id}`, names) })).sort(sort),
  ];
  // A filter followed from a link may name an actor the list does not offer; it must still show.
  if (filters.actor && !actorOptions.some((o) => o.value === filters.actor)) {
    actorOptions.push({ value: filters.actor, label: actorLabel(t, filters.actor, names) });
  }
  const withCurrent = (values: string[], current: string | undefined) => (current && !values.includes(current) ? [...values, current] : values);
  const actionOptions = [
    { value: '', label: t('audit:log.anyAction') },
    ...withCurrent(choices.actions, filters.action)
      .map((a) => ({ value: a, label: actionLabel(t, a) }))
      .sort(sort),
  ];
  const entityOptions = [
    { value: '', label: t('audit:log.anyEntityType') },
    ...withCurrent(choices.entityTypes, filters.entityType)
      .map((e) => ({ value: e, label: entityLabel(t, e) }))
      .sort(sort),
  ];

  const query = filterQuery(filters);
  const withQuery = (path: string, q: string) => (q ? `${path}?${q}` : path);

  return (
    <>
      <h1>{t('audit:log.title')}</h1>
      <p>{t('audit:log.intro')}</p>
      <p>
        <a href="/staff/audit/verify">{t('audit:log.verifyLink')}</a>
      </p>
      <ErrorSummary title={t('audit:log.errorTitle')} errors={errors} />
      {errors.length ? <p>{t('audit:log.filtersIgnored')}</p> : null}

      <search>
        <form method="get" action="/staff/audit" novalidate>
          <h2>{t('audit:log.filterHeading')}</h2>
          <div class="form-row">
            <SelectField id="actor" label={t('audit:log.actor')} value={filters.actor ?? ''} options={actorOptions} />
            <SelectField id="action" label={t('audit:log.action')} value={filters.action ?? ''} options={actionOptions} error={errorFor(errors, 'action')} />
            <SelectField id="entityType" label={t('audit:log.entityType')} value={filters.entityType ?? ''} options={entityOptions} error={errorFor(errors, 'entityType')} />
            <TextField id="entityId" label={t('audit:log.entityId')} hint={t('audit:log.entityIdHint')} value={view.typed.entityId ?? ''} maxLength={200} error={errorFor(errors, 'entityId')} />
          </div>
          <div class="form-row">
            <TextField id="from" type="date" label={t('audit:log.from')} hint={t('audit:log.dateHint')} value={view.typed.from ?? ''} error={errorFor(errors, 'from')} />
            <TextField id="to" type="date" label={t('audit:log.to')} hint={t('audit:log.dateHint')} value={view.typed.to ?? ''} error={errorFor(errors, 'to')} />
            <div class="field">
              <button type="submit">{t('audit:log.submit')}</button>
            </div>
          </div>
          {filtered ? (
            <p>
              <a href="/staff/audit">{t('audit:log.clear')}</a>
            </p>
          ) : null}
        </form>
      </search>

      <h2 id="results">{t('audit:log.results')}</h2>
      {view.canExport ? (
        <p>
          <a href={withQuery('/staff/audit.csv', query)} id="export-link" aria-describedby="export-hint">
            {t('audit:log.export')}
          </a>
          <span class="hint" id="export-hint">
            {' '}
            {t('audit:log.exportHint', { max: view.exportCap.toLocaleString(locales[ctx.lang]) })}
          </span>
        </p>
      ) : null}
      {view.items.length === 0 ? (
        <p role="status">{filtered || view.before !== undefined ? t('audit:log.noMatches') : t('audit:log.none')}</p>
      ) : (
        <table>
          <caption>{view.before !== undefined ? t('audit:log.captionOlder', { id: view.before }) : t('audit:log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit:log.time')}</th>
              <th scope="col">{t('audit:log.who')}</th>
              <th scope="col">{t('audit:log.what')}</th>
              <th scope="col">{t('audit:log.record')}</th>
              <th scope="col">{t('audit:log.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((entry) => (
              <tr id={`entry-${entry.id}`}>
                <th scope="row">
                  <time datetime={entry.occurredAt.toISOString()}>{formatMoment(entry.occurredAt, ctx.lang)}</time>
                </th>
                <td>{actorLabel(t, entry.actor, names)}</td>
                <td>{actionLabel(t, entry.action)}</td>
                <td>
                  <RecordCell t={t} entry={entry} names={names} />
                </td>
                <td>
                  <ChangeList t={t} entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.before !== undefined || view.nextBefore !== null ? (
        <nav class="pager" aria-label={t('audit:log.paging')}>
          {view.before !== undefined ? <a href={withQuery('/staff/audit', query)}>{t('audit:log.newest')}</a> : null}
          {view.nextBefore !== null ? (
            <a href={withQuery('/staff/audit', filterQuery(filters, { before: String(view.nextBefore) }))} rel="next">
              {t('audit:log.older')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export type VerifyOutcome = { ok: true; entries: number } | { ok: false; broken: ChainBreak; entries: number };

export function VerifyPage(props: { ctx: PageContext; outcome: VerifyOutcome }) {
  const { ctx, outcome } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('audit:verify.title')}</h1>
      <p>{t('audit:verify.intro')}</p>
      {outcome.ok ? (
        <div class="result result--official">
          <p>
            <strong>{t('audit:verify.intact', { count: outcome.entries })}</strong>
          </p>
        </div>
      ) : (
        <div class="result result--not-registered">
          <p>
            <strong>{t('audit:verify.broken', { id: outcome.broken.id })}</strong>
          </p>
          <p>{t('audit:verify.brokenDetail', { reason: t(`audit:verify.reason.${outcome.broken.reason}`), count: outcome.entries })}</p>
          <p>{t('audit:verify.whatNow')}</p>
          <p>
            <a href={`/staff/audit?before=${outcome.broken.id + 1}#entry-${outcome.broken.id}`}>{t('audit:verify.showEntry', { id: outcome.broken.id })}</a>
          </p>
        </div>
      )}
      <p>
        <a href="/staff/audit">{t('audit:verify.back')}</a>
      </p>
    </>
  );
}

const mailStatuses = ['queued', 'sent', 'failed'] as const;

/** A plain-text message as paragraphs and lines, so that it wraps on a narrow screen. */
function MessageBody(props: { text: string }) {
  return (
    <>
      {props.text
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph) => (
          <p>
            {paragraph.split('\n').map((line, i) => (
              <>
                {i > 0 ? <br /> : null}
                {line}
              </>
            ))}
          </p>
        ))}
    </>
  );
}

export function OutboxPage(props: { ctx: PageContext; messages: OutboxRow[]; limit: number; smtpConfigured: boolean }) {
  const { ctx, messages } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('audit:outbox.title')}</h1>
      <p>{t('audit:outbox.intro', { count: props.limit })}</p>
      <p class="notice">{props.smtpConfigured ? t('audit:outbox.withSmtp') : t('audit:outbox.noSmtp')}</p>
      {messages.length === 0 ? (
        <p>{t('audit:outbox.none')}</p>
      ) : (
        <table>
          <caption>{t('audit:outbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit:outbox.time')}</th>
              <th scope="col">{t('audit:outbox.recipient')}</th>
              <th scope="col">{t('audit:outbox.subject')}</th>
              <th scope="col">{t('audit:outbox.status')}</th>
              <th scope="col">{t('audit:outbox.message')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr>
                <th scope="row">
                  <time datetime={m.createdAt.toISOString()}>{formatMoment(m.createdAt, ctx.lang)}</time>
                </th>
                <td>{m.recipient}</td>
                <td>{m.subject}</td>
                <td>
                  {(mailStatuses as readonly string[]).includes(m.status) ? t(`audit:outbox.statusLabel.${m.status}`) : m.status}
                  {m.status === 'failed' && m.error ? <p class="error-message">{t('audit:outbox.error', { error: m.error })}</p> : null}
                </td>
                <td>
                  <details>
                    <summary>
                      {t('audit:outbox.showBody')}
                      <span class="visually-hidden">: {m.subject}</span>
                    </summary>
                    <div class="secret">
                      <MessageBody text={m.body} />
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
