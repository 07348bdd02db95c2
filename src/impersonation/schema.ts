import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { profiles } from '../registry/schema';

/**
 * A suspected fake profile and the city's handling of it (P6), from the first report to removal
 * or closing. The number is what people say ("case #12"): residents see it when they report.
 * Every report of the same account (same platform, any shared lookup key) while the case is open
 * joins this case.
 */
export const impersonationCases = pgTable(
  'impersonation_cases',
  {
    number: serial('number').primaryKey(),
    state: text('state').notNull().default('new'),
    platform: text('platform').notNull(),
    /** The suspect's address as the registry's rules write it (canonical), else as first given. */
    url: text('url').notNull(),
    handle: text('handle'),
    /** The name the suspect profile shows, as the first report gave it. */
    shownName: text('shown_name'),
    /** Set when the address was an official registry entry when reported: perhaps a hijacked account. */
    registeredProfileId: uuid('registered_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    /** The official profile the suspect pretends to be: suggested by the detector, set by communications. */
    impersonatedProfileId: uuid('impersonated_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    verdict: text('verdict'),
    duplicateOf: integer('duplicate_of').references((): AnyPgColumn => impersonationCases.number, { onDelete: 'restrict' }),
    triageNote: text('triage_note').notNull().default(''),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    platformReportedOn: date('platform_reported_on', { mode: 'string' }),
    platformChannel: text('platform_channel'),
    platformReference: text('platform_reference'),
    policeReportedOn: date('police_reported_on', { mode: 'string' }),
    policeReference: text('police_reference'),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note').notNull().default(''),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The day the case entered its state (or was last reported to the platform): the stall rules count from it. */
    stateSince: date('state_since', { mode: 'string' }).notNull(),
    /** When communications were last reminded of the case in its present state. */
    remindedAt: timestamp('reminded_at', { withTimezone: true, mode: 'date' }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('impersonation_cases_state_check', sql`${t.state} in ('new', 'confirmed', 'reported', 'removed', 'closed')`),
    check('impersonation_cases_verdict_check', sql`${t.verdict} is null or ${t.verdict} in ('fake', 'not-fake', 'duplicate')`),
    check(
      'impersonation_cases_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in ('removed', 'not-fake', 'duplicate', 'no-longer-impersonating', 'other')`,
    ),
    check('impersonation_cases_channel_check', sql`${t.platformChannel} is null or ${t.platformChannel} in ('report-form', 'email', 'trusted-partner', 'other')`),
    check('impersonation_cases_ended_check', sql`(${t.state} in ('removed', 'closed')) = (${t.outcome} is not null and ${t.endedOn} is not null)`),
    check('impersonation_cases_confirmed_check', sql`${t.state} not in ('confirmed', 'reported') or (${t.verdict} = 'fake' and ${t.confirmedOn} is not null)`),
    check('impersonation_cases_reported_check', sql`${t.state} <> 'reported' or ${t.platformReportedOn} is not null`),
    check('impersonation_cases_duplicate_check', sql`(coalesce(${t.verdict}, '') = 'duplicate') = (${t.duplicateOf} is not null) and ${t.duplicateOf} is distinct from ${t.number}`),
    index('impersonation_cases_state_idx').on(t.state),
    index('impersonation_cases_impersonated_idx').on(t.impersonatedProfileId),
  ],
);

/**
 * The suspect's lookup keys (as the registry's address rules make them), so that another report
 * of the same account in any spelling finds the open case.
 */
export const impersonationCaseKeys = pgTable(
  'impersonation_case_keys',
  {
    caseNumber: integer('case_number')
      .notNull()
      .references(() => impersonationCases.number, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseNumber, t.key] }), index('impersonation_case_keys_lookup_idx').on(t.platform, t.key)],
);

/**
 * One resident's report. The contact address is there only to tell the reporter the outcome: it
 * is erased once the case has ended, or after the longest time it may be kept (README).
 */
export const impersonationReports = pgTable(
  'impersonation_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: integer('case_number')
      .notNull()
      .references(() => impersonationCases.number, { onDelete: 'cascade' }),
    /** The address as the resident gave it. */
    address: text('address').notNull(),
    platform: text('platform').notNull(),
    description: text('description').notNull(),
    evidence: jsonb('evidence').notNull().default([]),
    shownName: text('shown_name'),
    contactEmail: text('contact_email'),
    contactErasedAt: timestamp('contact_erased_at', { withTimezone: true, mode: 'date' }),
    /** The language the resident used, for the one mail that tells them the outcome. */
    lang: text('lang').notNull().default('fi'),
    /** When the outcome was mailed to the reporter. */
    notifiedAt: timestamp('notified_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('impersonation_reports_lang_check', sql`${t.lang} in ('fi', 'sv', 'en')`),
    check('impersonation_reports_erased_check', sql`${t.contactErasedAt} is null or ${t.contactEmail} is null`),
    index('impersonation_reports_case_idx').on(t.caseNumber),
    index('impersonation_reports_contact_idx').on(t.createdAt).where(sql`${t.contactEmail} is not null`),
  ],
);

/**
 * What communications found when they looked for a lookalike of an official handle on its
 * platform (the watch list, P6): nobody has it, someone has it, or the city took it first. Every
 * look is kept; the latest one of a variant is what the watch list shows.
 */
export const watchChecks = pgTable(
  'watch_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    variant: text('variant').notNull(),
    outcome: text('outcome').notNull(),
    note: text('note').notNull().default(''),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    /** Who looked, as the audit log names actors (user:<id>). */
    checkedBy: text('checked_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('watch_checks_outcome_check', sql`${t.outcome} in ('free', 'taken', 'reserved')`),
    index('watch_checks_profile_idx').on(t.profileId, t.variant, t.createdAt),
  ],
);
