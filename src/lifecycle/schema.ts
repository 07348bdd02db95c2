import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
