import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenTermsArchive, readOpenTermsArchiveFolder, readOpenTermsArchiveZip } from '../ota-files';
import { otaPlatformOf, otaTimestamp, parseOpenTermsArchive, planOtaImport, type OtaFile } from './open-terms-archive';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const file = (path: string, content: string): OtaFile => ({ path, content });

describe("reading Open Terms Archive's dataset (policy rule O5: following the terms' changes)", () => {
  it('counts a version only when its text differs from the one before, whitespace aside', () => {
    const result = parseOpenTermsArchive([
      file('Instagram/Terms of Service/2024-01-10T08-00-00Z.md', 'Welcome to Instagram.\n\nYou must be 13.'),
      file('Instagram/Terms of Service/2024-03-05T09-30-00Z.md', 'Welcome to   Instagram.\nYou must be 13.\n'),
      file('Instagram/Terms of Service/2024-07-26T10-01-01Z.md', 'Welcome to Instagram. You must be 13. We train on your posts.'),
    ]);
    expect(result.versions.map((v) => v.version)).toEqual(['2024-01-10', '2024-07-26']);
    expect(result.unchanged).toBe(1);
    expect(result.versions[1]).toMatchObject({ platform: 'instagram', service: 'Instagram', termsType: 'Terms of Service', recordedAt: '2024-07-26T10:01:01.000Z' });
  });

  it('orders the files by their timestamps, not by the order they come in', () => {
    const result = parseOpenTermsArchive([
      file('Bluesky/Terms of Service/2024-09-16T00-00-00Z.md', 'B'),
      file('Bluesky/Terms of Service/2023-04-01T00-00-00Z.md', 'A'),
      file('Bluesky/Terms of Service/2024-12-01T00-00-00Z.md', 'A'),
    ]);
    expect(result.versions.map((v) => v.version)).toEqual(['2023-04-01', '2024-09-16', '2024-12-01']);
  });

  it("keeps one version a day: the day's last text", () => {
    const result = parseOpenTermsArchive([
      file('TikTok/Terms of Service/2024-05-02T08-00-00Z.md', 'A'),
      file('TikTok/Terms of Service/2024-05-02T17-00-00Z.md', 'B'),
    ]);
    expect(result.versions).toHaveLength(1);
    expect(result.versions[0]).toMatchObject({ version: '2024-05-02', recordedAt: '2024-05-02T17:00:00.000Z' });
  });

  it('keeps each terms type apart, and treats Twitter and X as one platform', () => {
    const result = parseOpenTermsArchive([
      file('Twitter/Terms of Service/2023-09-29T12-00-00Z.md', 'Twitter terms'),
      file('X/Terms of Service/2024-11-15T00-00-00Z.md', 'Twitter terms'),
      file('X/Privacy Policy/2024-11-15T00-00-00Z.md', 'Twitter terms'),
    ]);
    expect(result.versions.map((v) => `${v.platform} ${v.termsType} ${v.version}`)).toEqual(['x Terms of Service 2023-09-29', 'x Privacy Policy 2024-11-15']);
    expect(result.unchanged).toBe(1);
  });

  it('ignores other services and files that are no versions, and reports broken timestamps', () => {
    const result = parseOpenTermsArchive([
      file('README.md', '# Dataset'),
      file('Google/Terms of Service/2024-05-22T00-00-00Z.md', 'Google'),
      file('Facebook/Terms of Service/notes.txt', 'x'),
      file('Facebook/Terms of Service/2024-13-01T00-00-00Z.md', 'x'),
    ]);
    expect(result.versions).toEqual([]);
    expect(result.ignored).toBe(3);
    expect(result.problems).toEqual([{ path: 'Facebook/Terms of Service/2024-13-01T00-00-00Z.md', code: 'bad-timestamp' }]);
  });

  it('maps the archive service names to the platforms of the registry', () => {
    expect(otaPlatformOf('Facebook')).toBe('facebook');
    expect(otaPlatformOf('Instagram')).toBe('instagram');
    expect(otaPlatformOf('Twitter')).toBe('x');
    expect(otaPlatformOf('X')).toBe('x');
    expect(otaPlatformOf('X (Twitter)')).toBe('x');
    expect(otaPlatformOf('YouTube')).toBe('youtube');
    expect(otaPlatformOf('LinkedIn')).toBe('linkedin');
    expect(otaPlatformOf('TikTok')).toBe('tiktok');
    expect(otaPlatformOf('Threads')).toBe('threads');
    expect(otaPlatformOf('Bluesky')).toBe('bluesky');
    expect(otaPlatformOf('Mastodon')).toBe('mastodon');
    expect(otaPlatformOf('Google')).toBeNull();
    expect(otaPlatformOf('Xbox')).toBeNull();
  });

  it('reads timestamps from file names', () => {
    expect(otaTimestamp('2024-07-26T10-01-01Z.md')).toBe('2024-07-26T10:01:01.000Z');
    expect(otaTimestamp('2024-07-26T10-01-01.5Z.md')).toBe('2024-07-26T10:01:01.500Z');
    expect(otaTimestamp('2024-02-30T10-01-01Z.md')).toBeNull();
    expect(otaTimestamp('2024-07-26.md')).toBeNull();
  });

  it('reads the fixture dataset the same from its folder and from its zip', async () => {
    const folder = await readOpenTermsArchiveFolder(resolve(fixtures, 'open-terms-archive'));
    const zip = readOpenTermsArchiveZip(await readFile(resolve(fixtures, 'open-terms-archive.zip')));
    // Only the services the registry knows are read: no README, no Google.
    expect(folder.map((f) => f.path)).toEqual([
      'Bluesky/Terms of Service/2024-09-16T00-00-00Z.md',
      'Instagram/Privacy Policy/2024-02-01T00-00-00Z.md',
      'Instagram/Terms of Service/2024-01-10T08-00-00Z.md',
      'Instagram/Terms of Service/2024-03-05T09-30-00Z.md',
      'Instagram/Terms of Service/2024-07-26T10-01-01Z.md',
      'Twitter/Terms of Service/2023-09-29T12-00-00Z.md',
      'X/Terms of Service/2024-11-15T00-00-00Z.md',
    ]);
    expect(zip.map((f) => ({ ...f, path: f.path.replace(/^open-terms-archive\//, '') }))).toEqual(folder);
    expect(await readOpenTermsArchive(resolve(fixtures, 'open-terms-archive.zip'))).toEqual(zip);
    const parsed = parseOpenTermsArchive(zip);
    expect(parsed.versions.filter((v) => v.termsType === 'Terms of Service').map((v) => `${v.platform} ${v.version}`)).toEqual([
      'bluesky 2024-09-16',
      'instagram 2024-01-10',
      'instagram 2024-07-26',
      'x 2023-09-29',
      'x 2024-11-15',
    ]);
  });
});

describe('planning an import against the versions already recorded', () => {
  const v = (version: string, hash: string) => ({ platform: 'instagram' as const, service: 'Instagram', termsType: 'Terms of Service', recordedAt: `${version}T00:00:00.000Z`, version, contentHash: hash, path: '' });

  it('skips dates already recorded and texts equal to the version before them', () => {
    const plan = planOtaImport(
      [
        { version: '2024-01-10', contentHash: 'a' },
        { version: '2024-05-01', contentHash: null },
      ],
      [v('2024-01-10', 'a'), v('2024-03-01', 'a'), v('2024-07-26', 'b'), v('2024-09-01', 'c')],
    );
    expect(plan.record.map((r) => r.version)).toEqual(['2024-07-26', '2024-09-01']);
    expect(plan.alreadyRecorded).toBe(1);
    expect(plan.unchanged).toBe(1);
  });
});
