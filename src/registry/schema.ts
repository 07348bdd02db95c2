import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** The city's organisation: sector › service area › unit › team. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    level: text('level').notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    ...timestamps,
  },
  (t) => [
    check('units_level_check', sql`${t.level} in ('sector', 'service_area', 'unit', 'team')`),
    index('units_parent_idx').on(t.parentId),
  ],
);

export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    platform: text('platform').notNull(),
    url: text('url').notNull(),
    handle: text('handle'),
    platformId: text('platform_id'),
    displayName: text('display_name').notNull(),
    /** Null while the unit is not recorded (imported lists often lack it). */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    purposeFi: text('purpose_fi').notNull().default(''),
    purposeSv: text('purpose_sv').notNull().default(''),
    purposeEn: text('purpose_en').notNull().default(''),
    contactEmail: text('contact_email'),
    /** The employee an expert profile represents (P3); null for organisation profiles. */
    employeeName: text('employee_name'),
    employeeTitle: text('employee_title'),
    status: text('status').notNull().default('active'),
    closingDate: date('closing_date', { mode: 'string' }),
    closingReason: text('closing_reason'),
    successorProfileId: uuid('successor_profile_id').references((): AnyPgColumn => profiles.id, {
      onDelete: 'set null',
    }),
    successorUrl: text('successor_url'),
    ...timestamps,
    lastConfirmedAt: timestamp('last_confirmed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('profiles_kind_check', sql`${t.kind} in ('organisation', 'expert')`),
    check('profiles_status_check', sql`${t.status} in ('active', 'closing', 'closed')`),
    check(
      'profiles_closing_has_date',
      sql`${t.status} = 'active' or ${t.closingDate} is not null`,
    ),
    index('profiles_unit_idx').on(t.unitId),
    index('profiles_platform_idx').on(t.platform),
    index('profiles_updated_idx').on(t.updatedAt),
  ],
);

/** Administrators named on a profile, in the order they are shown (O4). */
export const profileAdministrators = pgTable(
  'profile_administrators',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    jobTitle: text('job_title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.position] })],
);

/**
 * Every normalised form under which a profile is found by verify. The primary key makes it
 * impossible for two registry entries to claim the same account.
 */
export const profileKeys = pgTable(
  'profile_keys',
  {
    platform: text('platform').notNull(),
    key: text('key').notNull(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.platform, t.key] }), index('profile_keys_profile_idx').on(t.profileId)],
);

/** Facts about the registry's stored data, such as which version of the lookup keys it holds. */
export const registryMeta = pgTable('registry_meta', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
