import { Readable } from 'node:stream';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import { allow, requireUser } from '../auth/http';
import type { AuthService } from '../auth/service';
import type { Database } from '../db/database';
import { errorSchema } from '../http/schemas';
import type { FieldError } from '../pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../pages/render';
import { recordAudit, verifyAuditChain } from './audit';
import { AuditLogPage, OutboxPage, VerifyPage } from './pages';
import { authorizeAudit } from './policy';
import {
  auditFilterChoices,
  cityDay,
  exportAuditEntries,
  findAuditEntries,
  latestOutbox,
  newestAuditId,
  personIdOf,
  readAuditFilters,
  type AuditRow,
  type FilterProblem,
} from './query';

export interface AuditRouteDeps {
  database: Database;
  auth: AuthService;
  config: Config;
  site: SiteInfo;
  now: () => Date;
}

const pageSize = 50;
/** A spreadsheet opens about a million rows; far fewer keep the download a sensible size. */
export const exportCap = 100_000;
const outboxSize = 100;

const csvColumns = ['id', 'occurred_at', 'actor', 'actor_name', 'action', 'entity_type', 'entity_id', 'before', 'after', 'prev_hash', 'hash'] as const;

// A cell starting with these is run as a formula by spreadsheet programs; a leading apostrophe
// makes them show it as text. Only free text is touched: JSON and hashes never start so.
const formulaStart = /^[=+\-@\t\r]/;
const protectCell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (description: string) => z.preprocess(emptyToUndefined, z.string().max(200).optional()).meta({ description });
const optionalDay = (description: string) => z.preprocess(emptyToUndefined, z.iso.date().optional()).meta({ description });

const auditLogQuerySchema = z.object({
  actor: optionalText("`user:<id>` for a person, `system` for every actor that is not a person, or an exact actor such as `system:start`"),
  action: optionalText('An action such as `profile.updated`'),
  entityType: optionalText('A record type such as `profile` or `user`'),
  entityId: optionalText("The record's id"),
  from: optionalDay('First day, YYYY-MM-DD, a whole day in Europe/Helsinki'),
  to: optionalDay('Last day, YYYY-MM-DD, a whole day in Europe/Helsinki'),
  before: z
    .preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional())
    .meta({ description: 'Only entries older than this id: `nextBefore` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string().meta({ description: 'ISO 8601' }),
    actor: z.string().meta({ description: '`user:<id>` for a person; `system:…`, `cli:…` and others for the app itself' }),
    actorName: z.string().nullable().meta({ description: "The person's name as it is now; null when the actor is not a person or no longer known" }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().meta({ description: 'The record before the change (JSON), or null' }),
    after: z.unknown().meta({ description: 'The record after the change (JSON), or null' }),
    hash: z.string().nullable().meta({ description: "SHA-256 over the entry and the previous entry's hash" }),
  })
  .meta({ id: 'AuditEntry' });

const auditLogPageSchema = z
  .object({
    items: z.array(auditEntrySchema),
    nextBefore: z.number().int().nullable().meta({ description: 'Give as `before` for the next, older page; null on the last page' }),
  })
  .meta({ id: 'AuditLogPage' });

/** The people an entry's actor and record name, whose names are looked up when shown. */
function peopleIn(entries: AuditRow[]): string[] {
  return entries.flatMap((e) => [personIdOf(e.actor), e.entityType === 'user' ? personIdOf(`user:${e.entityId}`) : null]).filter((id): id is string => id !== null);
}

export function registerAuditRoutes(root: FastifyInstance, deps: AuditRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { database, auth, site } = deps;
  const db = database.db;

  const namesOf = (ids: Iterable<string | null | undefined>) => auth.namesOf([...new Set([...ids].filter((id): id is string => Boolean(id)))]);

  const problemMessage = (request: FastifyRequest, problem: FilterProblem, fieldName: string) =>
    request.t(`audit:problem.${problem.code}`, { field: fieldName });

  app.get('/staff/audit', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeAudit(user, 'read'));
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const { filters, before, problems } = readAuditFilters(raw);
    // The selects and the paging link only ever send good values; a hand-edited one is dropped
    // quietly, while what a person typed is named beside its field.
    const errors: FieldError[] = problems
      .filter((p) => p.field !== 'actor' && p.field !== 'before')
      .map((p) => ({ field: p.field, message: problemMessage(request, p, request.t(`audit:log.${p.field}`)) }));
    const typed = (field: 'entityId' | 'from' | 'to') => {
      const value = raw[field];
      return (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '').slice(0, 200);
    };
    const [choices, page] = await Promise.all([auditFilterChoices(db), findAuditEntries(db, filters, { before, limit: pageSize })]);
    const names = await namesOf([...choices.people, ...peopleIn(page.items), filters.actor ? personIdOf(filters.actor) : null]);
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : 200,
      title: request.t('audit:log.title'),
      body: (
        <AuditLogPage
          ctx={ctx}
          view={{
            filters,
            typed: { entityId: typed('entityId'), from: typed('from'), to: typed('to') },
            errors,
            choices,
            items: page.items,
            names,
            before,
            nextBefore: page.nextBefore,
            canExport: authorizeAudit(user, 'export'),
            exportCap,
          }}
        />
      ),
    });
  });

  app.get('/staff/audit.csv', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeAudit(user, 'export'));
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const { filters, problems } = readAuditFilters(raw);
    // Leaving a bad filter out would export more than was asked for: the page names the problem.
    if (problems.some((p) => p.field !== 'before')) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') query.set(key, value);
      return reply.redirect(`/staff/audit?${query.toString()}`, 303);
    }
    const headers = {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log-${cityDay(deps.now())}.csv"`,
      'cache-control': 'private, no-store',
    };
    // A HEAD request (a link checker, a cautious browser) takes nothing away: no export to record.
    if (request.method === 'HEAD') return reply.headers(headers).send();
    // The export shows the log as it stood when asked: entries written while it streams, the
    // export's own among them, wait for the next one.
    const through = await newestAuditId(db);
    await db.transaction((tx) =>
      recordAudit(tx, { actor: `user:${user.id}`, action: 'audit.exported', entityType: 'audit-log', entityId: 'export', after: filters }),
    );
    const csvOptions = { record_delimiter: '\r\n' } as const;
    async function* csv(): AsyncGenerator<string> {
      // The byte order mark tells spreadsheet programs the file is UTF-8 (ä, ö, å).
      yield `\ufeff${stringifyCsv([[...csvColumns]], csvOptions)}`;
      const names = new Map<string, string>();
      const looked = new Set<string>();
      for await (const rows of exportAuditEntries(db, filters, { through, limit: exportCap })) {
        const missing = [...new Set(rows.map((r) => personIdOf(r.actor)).filter((id): id is string => id !== null && !looked.has(id)))];
        for (const id of missing) looked.add(id);
        for (const [id, name] of await auth.namesOf(missing)) names.set(id, name);
        yield stringifyCsv(
          rows.map((r) => {
            const personId = personIdOf(r.actor);
            return [
              String(r.id),
              r.occurredAt.toISOString(),
              protectCell(r.actor),
              protectCell(personId ? (names.get(personId) ?? '') : ''),
              protectCell(r.action),
              protectCell(r.entityType),
              protectCell(r.entityId),
              r.before === null || r.before === undefined ? '' : JSON.stringify(r.before),
              r.after === null || r.after === undefined ? '' : JSON.stringify(r.after),
              r.prevHash ?? '',
              r.hash ?? '',
            ];
          }),
          csvOptions,
        );
      }
    }
    return reply.headers(headers).send(Readable.from(csv()));
  });

  app.get('/staff/audit/verify', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeAudit(user, 'read'));
    const outcome = await verifyAuditChain(db);
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, { title: request.t('audit:verify.title'), body: <VerifyPage ctx={ctx} outcome={outcome} /> });
  });

  app.get(
    '/api/v1/staff/audit-log',
    {
      schema: {
        tags: ['staff'],
        summary: 'The audit log, newest first',
        description:
          'Needs a session or a personal access token with the `audit:read` scope, and the communications or auditor role. ' +
          'Filters combine; days are whole days in Europe/Helsinki. Page back with `before` = `nextBefore`. ' +
          'Entries name people by id only; `actorName` is looked up when asked.',
        querystring: auditLogQuerySchema,
        response: { 200: auditLogPageSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeAudit(user, 'read'));
      const { limit, before, ...given } = request.query;
      const { filters, problems } = readAuditFilters(given);
      if (problems.length) {
        const issues = problems.map((p) => ({ field: p.field, message: problemMessage(request, p, p.field) }));
        return reply.status(400).send({ error: 'validation', message: issues[0]!.message, field: issues[0]!.field, issues });
      }
      const page = await findAuditEntries(db, filters, { before, limit });
      const names = await namesOf(peopleIn(page.items));
      return {
        items: page.items.map((e) => {
          const personId = personIdOf(e.actor);
          return {
            id: e.id,
            occurredAt: e.occurredAt.toISOString(),
            actor: e.actor,
            actorName: personId ? (names.get(personId) ?? null) : null,
            action: e.action,
            entityType: e.entityType,
            entityId: e.entityId,
            before: e.before ?? null,
            after: e.after ?? null,
            hash: e.hash,
          };
        }),
        nextBefore: page.nextBefore,
      };
    },
  );

  app.get('/staff/outbox', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeAudit(user, 'readOutbox'));
    const messages = await latestOutbox(db, outboxSize);
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      title: request.t('audit:outbox.title'),
      body: <OutboxPage ctx={ctx} messages={messages} limit={outboxSize} smtpConfigured={Boolean(deps.config.mail.smtpUrl)} />,
    });
  });
}
