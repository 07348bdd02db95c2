import type { Platform } from '../../registry/domain/platforms';
import { contentHash } from './catalogue';

// Open Terms Archive records every version of services' terms. Its weekly dataset holds one
// Markdown file per recorded version: `<Service>/<Terms type>/<timestamp>.md`, such as
// `Instagram/Terms of Service/2024-07-26T10-01-01Z.md`, sometimes below a folder named after
// the release. A file is written when the archive saw a change, and some of those changes are
// only in whitespace or layout; a version is counted here only when its text really differs.

export interface OtaFile {
  path: string;
  content: string;
}

export interface OtaVersion {
  platform: Platform;
  /** The service as the archive names it (Twitter and X are one platform here). */
  service: string;
  termsType: string;
  /** When the archive recorded the version, ISO 8601. */
  recordedAt: string;
  /** The version's label: the date part of `recordedAt`. */
  version: string;
  contentHash: string;
  path: string;
}

export interface OtaProblem {
  path: string;
  code: 'bad-timestamp';
}

export interface OtaParseResult {
  /** Versions whose text differs from the one before, oldest first within each platform and terms type. */
  versions: OtaVersion[];
  /** Files of known services whose text did not change from the version before. */
  unchanged: number;
  /** Files that are no version of a service we know (the README, other services). */
  ignored: number;
  problems: OtaProblem[];
}

/** The archive's service names, letters and digits only, lower case. */
const serviceNames: Record<string, Platform> = {
  facebook: 'facebook',
  instagram: 'instagram',
  x: 'x',
  twitter: 'x',
  xtwitter: 'x',
  twitterx: 'x',
  youtube: 'youtube',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  threads: 'threads',
  threadsbyinstagram: 'threads',
  instagramthreads: 'threads',
  bluesky: 'bluesky',
  blueskysocial: 'bluesky',
  mastodon: 'mastodon',
  mastodonsocial: 'mastodon',
};

/** The platform an archive service name stands for, or null for services the registry does not know. */
export function otaPlatformOf(service: string): Platform | null {
  const key = service
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return serviceNames[key] ?? null;
}

const timestampFile = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:\.(\d{1,3}))?Z\.md$/;

/** `2024-07-26T10-01-01Z.md` → `2024-07-26T10:01:01.000Z`; null when it is no real moment. */
export function otaTimestamp(fileName: string): string | null {
  const m = timestampFile.exec(fileName);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${(m[7] ?? '0').padEnd(3, '0')}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso ? null : iso;
}

/**
 * The versions in a dataset, per platform and terms type. A file counts as a version when its
 * text, whitespace aside, differs from the one recorded before it; two changes on one day make
 * one version, named by that day, with the later text.
 */
export function parseOpenTermsArchive(files: readonly OtaFile[]): OtaParseResult {
  const problems: OtaProblem[] = [];
  let ignored = 0;
  const groups = new Map<string, { platform: Platform; service: string; termsType: string; recordedAt: string; path: string; hash: string }[]>();
  for (const file of files) {
    const parts = file.path.replace(/\\/g, '/').split('/').filter(Boolean);
    if (parts.length < 3) {
      ignored++;
      continue;
    }
    const [service, termsType, name] = parts.slice(-3) as [string, string, string];
    const platform = otaPlatformOf(service);
    if (!platform || !name.toLowerCase().endsWith('.md')) {
      ignored++;
      continue;
    }
    const recordedAt = otaTimestamp(name);
    if (!recordedAt) {
      if (/^\d{4}-/.test(name)) problems.push({ path: file.path, code: 'bad-timestamp' });
      else ignored++;
      continue;
    }
    const key = `${platform}\u0000${termsType}`;
    const group = groups.get(key) ?? [];
    group.push({ platform, service, termsType, recordedAt, path: file.path, hash: contentHash(file.content) });
    groups.set(key, group);
  }

  const versions: OtaVersion[] = [];
  let unchanged = 0;
  for (const group of groups.values()) {
    group.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
    const counted: OtaVersion[] = [];
    for (const snapshot of group) {
      const previous = counted[counted.length - 1];
      if (previous && previous.contentHash === snapshot.hash) {
        unchanged++;
        continue;
      }
      const version: OtaVersion = {
        platform: snapshot.platform,
        service: snapshot.service,
        termsType: snapshot.termsType,
        recordedAt: snapshot.recordedAt,
        version: snapshot.recordedAt.slice(0, 10),
        contentHash: snapshot.hash,
        path: snapshot.path,
      };
      if (previous && previous.version === version.version) {
        // A second change on the same day: the day's version is the text it ended with.
        counted[counted.length - 1] = version;
        unchanged++;
      } else {
        counted.push(version);
      }
    }
    versions.push(...counted);
  }
  return { versions, unchanged, ignored, problems };
}

export interface KnownVersion {
  version: string;
  contentHash: string | null;
}

/**
 * Which of a platform's versions from the archive to record, given those already recorded:
 * none whose date is already there, and none whose text is the same as the version before it.
 */
export function planOtaImport(existing: readonly KnownVersion[], incoming: readonly OtaVersion[]): { record: OtaVersion[]; alreadyRecorded: number; unchanged: number } {
  const known = new Map(existing.map((v) => [v.version, v.contentHash]));
  const record: OtaVersion[] = [];
  let alreadyRecorded = 0;
  let unchanged = 0;
  for (const version of [...incoming].sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0))) {
    if (known.has(version.version)) {
      alreadyRecorded++;
      continue;
    }
    const before = [...known.keys()].filter((label) => label < version.version).sort().pop();
    if (before !== undefined && known.get(before) === version.contentHash) {
      unchanged++;
      continue;
    }
    record.push(version);
    known.set(version.version, version.contentHash);
  }
  return { record, alreadyRecorded, unchanged };
}
