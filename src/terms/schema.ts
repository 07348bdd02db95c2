import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One row per platform: where its terms of service are, and a profile's text limits there. */
export const platformTerms = pgTable(
  'platform_terms',
  {
    platform: text('platform').primaryKey(),
    termsUrl: text('terms_url'),
    displayNameMax: integer('display_name_max'),
    bioMax: integer('bio_max'),
    /** What the platform calls the longer text: bio, description, about or tagline. */
    bioField: text('bio_field'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('platform_terms_limits_positive', sql`(${t.displayNameMax} is null or ${t.displayNameMax} > 0) and (${t.bioMax} is null or ${t.bioMax} > 0)`),
    check('platform_terms_bio_field_check', sql`${t.bioField} is null or ${t.bioField} in ('bio', 'description', 'about', 'tagline')`),
  ],
);

/**
 * Every version of a platform's terms of service the city has recorded (policy rule O5), named
 * by its date. The newest date is the version in force; the older ones are the history.
 */
export const termsVersions = pgTable(
  'terms_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform')
      .notNull()
      .references(() => platformTerms.platform, { onDelete: 'restrict' }),
    version: text('version').notNull(),
    /** When the terms came into effect, where the source says; null when only the date seen is known. */
    effectiveDate: date('effective_date', { mode: 'string' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The actor, as in the audit log: user:<id>, cli:…, system:… */
    recordedBy: text('recorded_by').notNull(),
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    /** SHA-256 of the terms text with whitespace collapsed; null for versions typed in by hand. */
    contentHash: text('content_hash'),
  },
  (t) => [
    check('terms_versions_source_check', sql`${t.source} in ('manual', 'open-terms-archive', 'mastodon-instance')`),
    check('terms_versions_version_check', sql`${t.version} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    uniqueIndex('terms_versions_platform_version_idx').on(t.platform, t.version),
  ],
);
