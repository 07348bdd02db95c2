import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { platforms } from '../registry/domain/platforms';
import { readOpenTermsArchiveFolder } from './ota-files';
import { TermsFetchError, TermsImportError, TermsRuleError, type FetchLike } from './service';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

const fixtures = resolve(import.meta.dirname, 'fixtures');
const mastodonAnswer = readFileSync(resolve(fixtures, 'mastodon-terms-of-service.json'), 'utf8');
const auditOf = (action: string) =>
  app.database.query<{ actor: string; entity_id: string; before: unknown; after: Record<string, unknown> }>('select actor, entity_id, before, after from audit_log where action = $1 order by id', [action]);
const versionCount = async () => Number((await app.database.query<{ n: string }>('select count(*) as n from terms_versions'))[0]!.n);

describe('the platform catalogue', () => {
  it('is seeded at start with every platform, and no version until one is recorded', async () => {
    const catalogue = await app.terms.catalogue();
    expect(catalogue.map((e) => e.platform)).toEqual([...platforms]);
    expect(catalogue.every((e) => e.current === null)).toBe(true);
    expect(catalogue.find((e) => e.platform === 'instagram')).toMatchObject({ termsUrl: 'https://help.instagram.com/581066165581870', limits: { displayName: 30, bio: 150, bioField: 'bio' } });
    const rows = await app.database.query('select platform from platform_terms');
    expect(rows).toHaveLength(platforms.length);
  });

  it('seeds only what is missing, leaving entries already there as they are', async () => {
    await app.database.query("update platform_terms set bio_max = 2200 where platform = 'instagram'");
    await app.database.query("delete from platform_terms where platform = 'tiktok'");
    expect(await app.terms.ensureCatalogue()).toBe(1);
    expect(await app.terms.ensureCatalogue()).toBe(0);
    expect((await app.terms.limits('instagram')).bio).toBe(2200);
    expect((await app.terms.limits('tiktok')).bio).toBe(80);
  });
});

describe('recording a terms version (policy rule O5)', () => {
  it('makes it the current version and writes an audit entry in the same change', async () => {
    expect(await app.terms.current('instagram')).toBeNull();
    const recorded = await app.terms.recordVersion('instagram', { version: '2026-01-01', note: 'AI-koulutus lisätty ehtoihin', source: 'manual' }, 'user:tester');
    expect(recorded).toMatchObject({ platform: 'instagram', version: '2026-01-01', effectiveDate: '2026-01-01', source: 'manual', recordedBy: 'user:tester', note: 'AI-koulutus lisätty ehtoihin' });
    expect(recorded.recordedAt.toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(await app.terms.current('instagram')).toBe('2026-01-01');
    expect(await app.terms.facts('instagram')).toEqual({ termsVersion: '2026-01-01', termsUrl: 'https://help.instagram.com/581066165581870', displayNameLimit: 30, descriptionLimit: 150 });
    const [entry] = await auditOf('platform-terms.version-recorded');
    expect(entry).toMatchObject({ actor: 'user:tester', entity_id: 'instagram', before: { version: null }, after: { version: '2026-01-01', source: 'manual' } });
  });

  it('refuses a version equal to the current one, and one older than it, writing nothing', async () => {
    await app.terms.recordVersion('x', { version: '2026-03-01' }, 'test');
    await expect(app.terms.recordVersion('x', { version: '2026-03-01' }, 'test')).rejects.toSatisfy(
      (e) => e instanceof TermsRuleError && e.problems[0]!.code === 'same-as-current',
    );
    await expect(app.terms.recordVersion('x', { version: '2026-02-01' }, 'test')).rejects.toSatisfy(
      (e) => e instanceof TermsRuleError && e.problems[0]!.code === 'older-than-current',
    );
    expect(await versionCount()).toBe(1);
    expect(await auditOf('platform-terms.version-recorded')).toHaveLength(1);
  });

  it('keeps the history, newest first', async () => {
    await app.terms.recordVersion('bluesky', { version: '2024-09-16' }, 'test');
    await app.terms.recordVersion('bluesky', { version: '2025-08-01' }, 'test');
    expect((await app.terms.history('bluesky')).map((v) => v.version)).toEqual(['2025-08-01', '2024-09-16']);
    expect((await app.terms.catalogue()).find((e) => e.platform === 'bluesky')!.current!.version).toBe('2025-08-01');
  });
});

describe("importing Open Terms Archive's dataset (policy rule O5)", () => {
  it('records the changed terms of service of known platforms, once', async () => {
    const files = await readOpenTermsArchiveFolder(resolve(fixtures, 'open-terms-archive'));
    const result = await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    expect(result).toMatchObject({ files: 7, versions: 5, recorded: 5, alreadyRecorded: 0, unchanged: 1 });
    expect(result.platforms).toEqual([
      { platform: 'instagram', recorded: ['2024-01-10', '2024-07-26'], current: '2024-07-26' },
      { platform: 'x', recorded: ['2023-09-29', '2024-11-15'], current: '2024-11-15' },
      { platform: 'bluesky', recorded: ['2024-09-16'], current: '2024-09-16' },
    ]);
    expect(await app.terms.current('instagram')).toBe('2024-07-26');
    const instagram = await app.terms.currentVersion('instagram');
    expect(instagram).toMatchObject({ source: 'open-terms-archive', note: 'Instagram / Terms of Service', effectiveDate: null });
    expect(instagram!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await auditOf('platform-terms.versions-imported');
    expect(audit.map((a) => a.entity_id).sort()).toEqual(['bluesky', 'instagram', 'x']);
    expect(audit.every((a) => a.actor === 'cli:terms-import')).toBe(true);

    const again = await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    expect(again).toMatchObject({ recorded: 0, alreadyRecorded: 5 });
    expect(await versionCount()).toBe(5);
    expect(await auditOf('platform-terms.versions-imported')).toHaveLength(3);
  });

  it('keeps versions recorded by hand, and the newest date stays current', async () => {
    await app.terms.recordVersion('instagram', { version: '2025-06-01', note: 'luettu' }, 'user:tester');
    const files = await readOpenTermsArchiveFolder(resolve(fixtures, 'open-terms-archive'));
    await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    expect((await app.terms.history('instagram')).map((v) => `${v.version} ${v.source}`)).toEqual(['2025-06-01 manual', '2024-07-26 open-terms-archive', '2024-01-10 open-terms-archive']);
  });

  it('imports nothing at all when one file is broken', async () => {
    const files = await readOpenTermsArchiveFolder(resolve(fixtures, 'open-terms-archive'));
    const broken = [...files, { path: 'Facebook/Terms of Service/2024-13-40T00-00-00Z.md', content: 'x' }];
    await expect(app.terms.importOpenTermsArchive(broken, 'test')).rejects.toSatisfy((e) => e instanceof TermsImportError && e.code === 'bad-files');
    await expect(app.terms.importOpenTermsArchive([{ path: 'README.md', content: '#' }], 'test')).rejects.toSatisfy((e) => e instanceof TermsImportError && e.code === 'no-versions');
    expect(await versionCount()).toBe(0);
  });

  it('rolls every platform back when writing one of them fails', async () => {
    const files = await readOpenTermsArchiveFolder(resolve(fixtures, 'open-terms-archive'));
    // The database refuses X's newest version, which is written after Instagram's.
    await app.database.query(`create or replace function terms_test_refuse() returns trigger language plpgsql as $$
      begin if new.version = '2024-11-15' then raise exception 'refused by test'; end if; return new; end $$`);
    await app.database.query('create trigger terms_test_refuse before insert on terms_versions for each row execute function terms_test_refuse()');
    try {
      await expect(app.terms.importOpenTermsArchive(files, 'test')).rejects.toThrow();
    } finally {
      await app.database.query('drop trigger terms_test_refuse on terms_versions');
      await app.database.query('drop function terms_test_refuse()');
    }
    expect(await versionCount()).toBe(0);
    expect(await auditOf('platform-terms.versions-imported')).toHaveLength(0);
  });
});

describe("reading a Mastodon server's terms (policy rule O5)", () => {
  const answering =
    (status: number, body: string, calls: string[] = []): FetchLike =>
    async (url) => {
      calls.push(url);
      return new Response(body, { status, headers: { 'content-type': 'application/json' } });
    };

  it('records the version in effect on the server, and then finds it unchanged', async () => {
    const calls: string[] = [];
    const result = await app.terms.fetchMastodonInstanceTerms('some.pieksamaki.fi', 'user:tester', answering(200, mastodonAnswer, calls));
    expect(calls).toEqual(['https://some.pieksamaki.fi/api/v1/instance/terms_of_service']);
    expect(result.status).toBe('recorded');
    expect(result.fetched.succeededBy).toBe('2026-01-01');
    expect(result.current).toMatchObject({ version: '2025-04-15', source: 'mastodon-instance', note: 'some.pieksamaki.fi', effectiveDate: '2025-04-15' });
    expect((await app.terms.entry('mastodon')).termsUrl).toBe('https://some.pieksamaki.fi/terms-of-service');
    const [entry] = await auditOf('platform-terms.version-recorded');
    expect(entry!.after).toMatchObject({ version: '2025-04-15', source: 'mastodon-instance', termsUrl: 'https://some.pieksamaki.fi/terms-of-service' });

    const again = await app.terms.fetchMastodonInstanceTerms('https://some.pieksamaki.fi', 'user:tester', answering(200, mastodonAnswer));
    expect(again.status).toBe('unchanged');
    expect(await versionCount()).toBe(1);
  });

  it('records nothing when a newer version is already recorded', async () => {
    await app.terms.recordVersion('mastodon', { version: '2026-01-01' }, 'test');
    const result = await app.terms.fetchMastodonInstanceTerms('some.pieksamaki.fi', 'test', answering(200, mastodonAnswer));
    expect(result.status).toBe('older');
    expect(result.current.version).toBe('2026-01-01');
    expect(await versionCount()).toBe(1);
  });

  it('explains every way the server can fail, and records nothing', async () => {
    const codeOf = async (instance: string, fetchImpl: FetchLike, timeoutMs?: number) => {
      try {
        await app.terms.fetchMastodonInstanceTerms(instance, 'test', fetchImpl, timeoutMs ? { timeoutMs } : {});
      } catch (error) {
        return error instanceof TermsFetchError ? error.code : `unexpected ${String(error)}`;
      }
      return 'no error';
    };
    const calls: string[] = [];
    expect(await codeOf('http://some.pieksamaki.fi', answering(200, mastodonAnswer, calls))).toBe('invalid-url');
    expect(await codeOf('https://192.168.1.10', answering(200, mastodonAnswer, calls))).toBe('invalid-url');
    expect(calls).toEqual([]);
    expect(await codeOf('old.example.fi', answering(404, '{"error":"Record not found"}'))).toBe('no-terms');
    expect(await codeOf('broken.example.fi', answering(503, 'Service unavailable'))).toBe('bad-status');
    expect(await codeOf('moved.example.fi', async () => new Response(null, { status: 301, headers: { location: 'http://10.0.0.1/' } }))).toBe('bad-status');
    expect(await codeOf('html.example.fi', answering(200, '<html>Hello</html>'))).toBe('bad-answer');
    expect(await codeOf('other.example.fi', answering(200, '{"uri":"other.example.fi"}'))).toBe('bad-answer');
    expect(
      await codeOf('gone.example.fi', async () => {
        throw new TypeError('fetch failed');
      }),
    ).toBe('unreachable');
    expect(await codeOf('slow.example.fi', () => new Promise<Response>(() => {}), 30)).toBe('timeout');
    expect(await versionCount()).toBe(0);
    expect((await app.terms.entry('mastodon')).termsUrl).toBe('https://mastodon.social/terms-of-service');
  });
});
