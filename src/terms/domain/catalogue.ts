import { createHash } from 'node:crypto';
import type { Platform } from '../../registry/domain/platforms';

// The platform catalogue: where each service's terms of service are, which version of them the
// city has recorded, and how long a profile's texts may be there. Policy rule O5: the platform's
// terms of service are checked before a profile is opened, and their changes are followed after.

export const termsSources = ['manual', 'open-terms-archive', 'mastodon-instance'] as const;
export type TermsSource = (typeof termsSources)[number];

/** What the platform calls a profile's longer text. */
export const bioFields = ['bio', 'description', 'about', 'tagline'] as const;
export type BioField = (typeof bioFields)[number];

/** A profile's text limits in characters; null where the platform documents none we know. */
export interface TextLimits {
  displayName: number | null;
  bio: number | null;
  bioField: BioField | null;
}

export interface CatalogueDefaults {
  termsUrl: string | null;
  limits: TextLimits;
}

/**
 * The built-in catalogue, seeded into the database for every platform it lacks. Limits are the
 * platforms' own documented ones (2025): a profile's name and its bio, description or tagline.
 */
export const builtInCatalogue: Record<Platform, CatalogueDefaults> = {
  facebook: {
    termsUrl: 'https://www.facebook.com/terms.php',
    // A Page's name, and its intro ("about"), which Facebook cuts at 255 characters.
    limits: { displayName: 75, bio: 255, bioField: 'about' },
  },
  instagram: {
    termsUrl: 'https://help.instagram.com/581066165581870',
    limits: { displayName: 30, bio: 150, bioField: 'bio' },
  },
  x: {
    termsUrl: 'https://x.com/en/tos',
    limits: { displayName: 50, bio: 160, bioField: 'bio' },
  },
  youtube: {
    termsUrl: 'https://www.youtube.com/t/terms',
    limits: { displayName: 100, bio: 1000, bioField: 'description' },
  },
  linkedin: {
    termsUrl: 'https://www.linkedin.com/legal/user-agreement',
    // A Page's name and its tagline under the name.
    limits: { displayName: 100, bio: 120, bioField: 'tagline' },
  },
  tiktok: {
    termsUrl: 'https://www.tiktok.com/legal/page/eea/terms-of-service/en',
    limits: { displayName: 30, bio: 80, bioField: 'bio' },
  },
  mastodon: {
    // Each Mastodon server has terms of its own; the catalogue starts with the flagship server's,
    // and fetching a server's terms from the staff page follows the city's own server.
    termsUrl: 'https://mastodon.social/terms-of-service',
    limits: { displayName: 30, bio: 500, bioField: 'bio' },
  },
  bluesky: {
    termsUrl: 'https://bsky.social/about/support/tos',
    limits: { displayName: 64, bio: 256, bioField: 'description' },
  },
  threads: {
    termsUrl: 'https://help.instagram.com/769983657850450',
    // Threads shows the name of the Instagram account it belongs to.
    limits: { displayName: 30, bio: 150, bioField: 'bio' },
  },
  other: {
    termsUrl: null,
    limits: { displayName: null, bio: null, bioField: null },
  },
};

export function defaultsFor(platform: Platform): CatalogueDefaults {
  return builtInCatalogue[platform];
}

// Versions

/** A terms version is named by its date, YYYY-MM-DD: when it came into effect or was first seen. */
export const versionPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isVersionLabel(value: string): boolean {
  if (!versionPattern.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a date as people type it: 2026-01-15 (what a date field sends) or 15.1.2026 (how it is
 * written in Finland and Sweden). Null when it is no real date.
 */
export function parseVersionDate(input: string): string | null {
  const value = input.trim();
  if (isVersionLabel(value)) return value;
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!finnish) return null;
  const label = `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}`;
  return isVersionLabel(label) ? label : null;
}

/** Whether a version differs from the last one recorded: a first version always does. */
export function differsFromLatest(candidate: string, latest: string | null): boolean {
  return latest === null || candidate !== latest;
}

export type VersionChange = 'first' | 'newer' | 'same' | 'older';

/** How a version stands against the latest recorded one. Date labels compare as text. */
export function compareWithLatest(candidate: string, latest: string | null): VersionChange {
  if (latest === null) return 'first';
  if (candidate === latest) return 'same';
  return candidate > latest ? 'newer' : 'older';
}

export const maxNoteLength = 500;

export type VersionProblemCode = 'required' | 'invalid-date' | 'too-far-ahead' | 'same-as-current' | 'older-than-current' | 'too-long';

export interface VersionProblem {
  field: 'version' | 'note';
  code: VersionProblemCode;
}

/** The same day a year after today: terms are announced weeks ahead, not years. */
function latestAcceptable(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * Checks a version typed by a person against the latest recorded one: a real date, not more
 * than a year ahead, and newer than the current version (an equal one records nothing new).
 */
export function checkNewVersion(input: { version: string; note: string }, latest: string | null, today: string): { version: string | null; problems: VersionProblem[] } {
  const problems: VersionProblem[] = [];
  const typed = input.version.trim();
  const version = typed ? parseVersionDate(typed) : null;
  if (!typed) problems.push({ field: 'version', code: 'required' });
  else if (!version) problems.push({ field: 'version', code: 'invalid-date' });
  else if (version > latestAcceptable(today)) problems.push({ field: 'version', code: 'too-far-ahead' });
  else {
    const change = compareWithLatest(version, latest);
    if (change === 'same') problems.push({ field: 'version', code: 'same-as-current' });
    if (change === 'older') problems.push({ field: 'version', code: 'older-than-current' });
  }
  if (input.note.trim().length > maxNoteLength) problems.push({ field: 'note', code: 'too-long' });
  return { version: problems.some((p) => p.field === 'version') ? null : version, problems };
}

/** Text with whitespace differences removed: a re-wrapped paragraph is not a new version. */
export function normaliseTermsText(content: string): string {
  return content.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A fingerprint of a terms text that ignores whitespace, stored with versions taken from a source. */
export function contentHash(content: string): string {
  return createHash('sha256').update(normaliseTermsText(content)).digest('hex');
}
