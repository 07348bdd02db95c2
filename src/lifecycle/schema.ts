import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../platform/auth/schema';
import { profiles, units } from '../registry/schema';

/**
 * A proposal to open an official profile, from the first draft to the registry entry it becomes.
 * Rejected and withdrawn proposals are kept: they are part of the record of decisions (O3).
 */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    state: text('state').notNull().default('draft'),
    kind: text('kind').notNull(),
    platform: text('platform').notNull(),
    workingName: text('working_name').notNull(),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    purpose: text('purpose').notNull().default(''),
    audience: text('audience').notNull().default(''),
    interactions: jsonb('interactions').notNull().default([]),
    privateMessagePolicy: text('private_message_policy').notNull().default(''),
    hoursPerWeek: numeric('hours_per_week', { precision: 5, scale: 1, mode: 'number' }).notNull().default(0),
    administrators: jsonb('administrators').notNull().default([]),
    contactEmail: text('contact_email').notNull().default(''),
    expertUserId: uuid('expert_user_id').references(() => users.id, { onDelete: 'restrict' }),
    expertRole: text('expert_role').notNull().default(''),
    separationConfirmed: boolean('separation_confirmed').notNull().default(false),
    termsVersionReviewed: text('terms_version_reviewed'),
    termsConcerns: text('terms_concerns').notNull().default(''),
    proposerId: uuid('proposer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    consentAt: timestamp('consent_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decisionReason: text('decision_reason'),
    /** The registry entry the proposal became once its address was recorded (O6, E6). */
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('proposals_state_check', sql`${t.state} in ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'published')`),
    check('proposals_kind_check', sql`${t.kind} in ('organisation', 'expert')`),
    check('proposals_decision_has_reason', sql`${t.state} not in ('approved', 'rejected', 'published') or ${t.decisionReason} is not null`),
    index('proposals_unit_idx').on(t.unitId),
    index('proposals_proposer_idx').on(t.proposerId),
    index('proposals_expert_idx').on(t.expertUserId),
    index('proposals_state_idx').on(t.state),
  ],
);

/**
 * A plan to close a registry entry (O8): announced on one day, closed on a later one, with the
 * reason and where followers should go instead. The daily job announces and closes on the days.
 */
export const closingPlans = pgTable(
  'closing_plans',
  {
    profileId: uuid('profile_id')
      .primaryKey()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    announceOn: date('announce_on', { mode: 'string' }).notNull(),
    closeOn: date('close_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    successorProfileId: uuid('successor_profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    successorUrl: text('successor_url'),
    plannedBy: uuid('planned_by').references(() => users.id, { onDelete: 'restrict' }),
    /** Set when the registry shows the closing (on the announcement day). */
    announcedAt: timestamp('announced_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('closing_plans_order', sql`${t.closeOn} > ${t.announceOn}`), index('closing_plans_announce_idx').on(t.announceOn)],
);

/**
 * A re-review of a profile against a new version of its platform's terms (O5): continue or close.
 * One per profile and version; open until someone responsible records the outcome.
 */
export const termsReviews = pgTable(
  'terms_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    termsVersion: text('terms_version').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    outcome: text('outcome'),
    note: text('note').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'restrict' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    remindedAt: timestamp('reminded_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('terms_reviews_outcome_check', sql`${t.outcome} is null or ${t.outcome} in ('continue', 'close')`),
    unique('terms_reviews_once').on(t.profileId, t.termsVersion),
    index('terms_reviews_open_idx').on(t.dueOn).where(sql`${t.outcome} is null`),
  ],
);

/**
 * An expert's absence (E4): one person runs an expert profile, so holidays and other absences
 * affect it. Either a substitute answers, or the profile says when the expert is back.
 */
export const absences = pgTable(
  'absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    substitute: text('substitute').notNull().default(''),
    awayMessage: text('away_message').notNull().default(''),
    /** Whether the public registry may say "away until …" for this absence. */
    showPublicly: boolean('show_publicly').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('absences_order', sql`${t.endsOn} >= ${t.startsOn}`), index('absences_profile_idx').on(t.profileId, t.startsOn)],
);
