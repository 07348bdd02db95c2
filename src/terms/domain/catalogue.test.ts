import { describe, expect, it } from 'vitest';
import { platforms } from '../../registry/domain/platforms';
import { builtInCatalogue, checkNewVersion, compareWithLatest, contentHash, differsFromLatest, isVersionLabel, parseVersionDate } from './catalogue';

describe('the built-in platform catalogue', () => {
  it('has an entry for every platform the registry knows', () => {
    expect(Object.keys(builtInCatalogue).sort()).toEqual([...platforms].sort());
  });

  it("links every named platform's terms of service over HTTPS (policy rule O5)", () => {
    for (const platform of platforms.filter((p) => p !== 'other')) {
      const url = builtInCatalogue[platform].termsUrl;
      expect(url, platform).toMatch(/^https:\/\//);
    }
    expect(builtInCatalogue.other.termsUrl).toBeNull();
  });

  it('knows the name and bio limits of every named platform, and none for other services', () => {
    for (const platform of platforms.filter((p) => p !== 'other')) {
      const { limits } = builtInCatalogue[platform];
      expect(limits.displayName, platform).toBeGreaterThan(0);
      expect(limits.bio, platform).toBeGreaterThan(0);
      expect(limits.bioField, platform).not.toBeNull();
    }
    expect(builtInCatalogue.other.limits).toEqual({ displayName: null, bio: null, bioField: null });
  });

  it("uses the platforms' documented limits", () => {
    const limits = (p: keyof typeof builtInCatalogue) => [builtInCatalogue[p].limits.displayName, builtInCatalogue[p].limits.bio];
    expect(limits('instagram')).toEqual([30, 150]);
    expect(limits('x')).toEqual([50, 160]);
    expect(limits('mastodon')).toEqual([30, 500]);
    expect(limits('bluesky')).toEqual([64, 256]);
    expect(limits('youtube')).toEqual([100, 1000]);
    expect(builtInCatalogue.facebook.limits.bio).toBe(255);
    expect(builtInCatalogue.linkedin.limits).toMatchObject({ bio: 120, bioField: 'tagline' });
    expect(builtInCatalogue.tiktok.limits.bio).toBe(80);
    expect(builtInCatalogue.threads.limits.bio).toBe(150);
  });
});

describe('terms versions', () => {
  it('are named by a real date', () => {
    expect(isVersionLabel('2026-01-15')).toBe(true);
    expect(isVersionLabel('2026-02-30')).toBe(false);
    expect(isVersionLabel('2026-1-5')).toBe(false);
    expect(parseVersionDate(' 15.1.2026 ')).toBe('2026-01-15');
    expect(parseVersionDate('31.4.2026')).toBeNull();
    expect(parseVersionDate('tammikuu')).toBeNull();
  });

  it('tell whether a version differs from the last one recorded', () => {
    expect(differsFromLatest('2026-01-15', null)).toBe(true);
    expect(differsFromLatest('2026-01-15', '2025-06-01')).toBe(true);
    expect(differsFromLatest('2026-01-15', '2026-01-15')).toBe(false);
    expect(compareWithLatest('2026-01-15', null)).toBe('first');
    expect(compareWithLatest('2026-01-15', '2025-06-01')).toBe('newer');
    expect(compareWithLatest('2025-01-15', '2025-06-01')).toBe('older');
    expect(compareWithLatest('2025-06-01', '2025-06-01')).toBe('same');
  });

  it('refuse a version equal to or older than the current one, and dates more than a year ahead (policy rule O5)', () => {
    const today = '2026-11-26';
    expect(checkNewVersion({ version: '2026-11-01', note: '' }, '2026-01-01', today)).toEqual({ version: '2026-11-01', problems: [] });
    expect(checkNewVersion({ version: '2026-01-01', note: '' }, '2026-01-01', today).problems).toEqual([{ field: 'version', code: 'same-as-current' }]);
    expect(checkNewVersion({ version: '2025-12-31', note: '' }, '2026-01-01', today).problems).toEqual([{ field: 'version', code: 'older-than-current' }]);
    expect(checkNewVersion({ version: '2027-11-26', note: '' }, null, today).problems).toEqual([]);
    expect(checkNewVersion({ version: '2027-11-27', note: '' }, null, today).problems).toEqual([{ field: 'version', code: 'too-far-ahead' }]);
    expect(checkNewVersion({ version: '2026-02-30', note: 'x'.repeat(501) }, null, today).problems).toEqual([
      { field: 'version', code: 'invalid-date' },
      { field: 'note', code: 'too-long' },
    ]);
    expect(checkNewVersion({ version: ' ', note: '' }, null, today).problems).toEqual([{ field: 'version', code: 'required' }]);
  });

  it('fingerprint a text without its whitespace', () => {
    expect(contentHash('Terms  of\nUse\n')).toBe(contentHash('Terms of Use'));
    expect(contentHash('Terms of Use')).not.toBe(contentHash('Terms of use'));
  });
});
