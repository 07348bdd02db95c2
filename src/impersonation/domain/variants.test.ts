import { describe, expect, it } from 'vitest';
import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { LookalikeIndex, minEditLength, type OfficialHandle } from './lookalike';
import { cityOfficials } from './lookalike-corpus';
import { lookalikeVariants, type VariantTrick } from './variants';

const withHandles = cityOfficials.filter((o): o is OfficialHandle & { handle: string } => o.handle !== null);
const city = LookalikeIndex.build(cityOfficials);
const editTricks: VariantTrick[] = ['letter-added', 'letter-doubled', 'letter-dropped', 'letters-swapped', 'letter-replaced'];

describe('lookalike variants of an official handle (policy rule P6)', () => {
  describe.each(withHandles.map((o) => [`${o.platform} ${o.handle}`, o] as const))('%s', (_, official) => {
    const variants = lookalikeVariants(official, { max: 1000 });

    it('makes variants with several tricks', () => {
      expect(new Set(variants.map((v) => v.trick)).size).toBeGreaterThanOrEqual(4);
    });

    it('makes only handles the platform accepts, each once, none of them the official account', () => {
      const official_ = parseProfileAddress(official.handle, official.platform);
      if (!official_.ok) throw new Error('official handle does not parse');
      const seen = new Set<string>();
      for (const { handle } of variants) {
        const parsed = parseProfileAddress(handle, official.platform);
        expect(parsed.ok, handle).toBe(true);
        if (!parsed.ok) continue;
        expect(parsed.address.platform).toBe(official.platform);
        expect(parsed.address.handle, 'the variant is given as the registry writes it').toBe(handle);
        expect(parsed.address.keys.some((k) => official_.address.keys.includes(k)), handle).toBe(false);
        expect(seen.has(handle), handle).toBe(false);
        seen.add(handle);
      }
    });

    it('makes only variants the detector catches, as this official and by the trick made', () => {
      const missed = variants.filter((v) => {
        const [match] = city.detect({ platform: official.platform, handle: v.handle });
        return match?.profileId !== official.profileId || !match.reasons.some((r) => r.code === v.trick);
      });
      expect(missed).toEqual([]);
    });
  });

  it('gives every trick a turn, so that a short list still shows each', () => {
    const all = new Set(lookalikeVariants({ platform: 'instagram', handle: 'pieksamaenkaupunki' }, { max: 1000 }).map((v) => v.trick));
    const short = lookalikeVariants({ platform: 'instagram', handle: 'pieksamaenkaupunki' }, { max: all.size });
    expect(new Set(short.map((v) => v.trick))).toEqual(all);
    expect(lookalikeVariants({ platform: 'instagram', handle: 'pieksamaenkaupunki' }, { max: 5 })).toHaveLength(5);
  });

  it('keeps within the platform’s own limits: 15 characters on X, no underscore on Facebook', () => {
    expect(lookalikeVariants({ platform: 'x', handle: 'pieksamaki' }, { max: 1000 }).every((v) => v.handle.length <= 15)).toBe(true);
    expect(lookalikeVariants({ platform: 'facebook', handle: 'pieksamaenkaupunki' }, { max: 1000 }).some((v) => v.handle.includes('_'))).toBe(false);
  });

  it('gives Facebook no variants that differ only in dots, which Facebook reads as the same account', () => {
    const handles = lookalikeVariants({ platform: 'facebook', handle: 'pieksamaenkaupunki' }, { max: 1000 }).map((v) => v.handle);
    expect(handles).not.toContain('pieksamaen.kaupunki');
  });

  it(`makes no one-letter edits of a name shorter than ${minEditLength} letters, which the detector would not catch`, () => {
    const tricks = new Set(lookalikeVariants({ platform: 'instagram', handle: 'vaasa' }, { max: 1000 }).map((v) => v.trick));
    expect(editTricks.filter((t) => tricks.has(t))).toEqual([]);
    expect(tricks.has('words-added')).toBe(true);
  });

  it('never changes the first letter', () => {
    const variants = lookalikeVariants({ platform: 'instagram', handle: 'pieksamaenkaupunki' }, { max: 1000 }).filter((v) => editTricks.includes(v.trick));
    expect(variants.every((v) => v.handle.startsWith('p'))).toBe(true);
  });

  it('puts Mastodon variants on the same server, and the same user name on the large servers', () => {
    const variants = lookalikeVariants({ platform: 'mastodon', handle: 'pieksamaki@mastodon.fi' }, { max: 1000 });
    expect(variants.filter((v) => v.trick === 'other-server').map((v) => v.handle)).toEqual([
      'pieksamaki@mastodon.social',
      'pieksamaki@mstdn.social',
      'pieksamaki@mastodon.online',
    ]);
    expect(variants.filter((v) => v.trick !== 'other-server').every((v) => v.handle.endsWith('@mastodon.fi'))).toBe(true);
  });

  it('leaves an expert’s name on other servers out: it may be their own account, and is not flagged', () => {
    const variants = lookalikeVariants({ platform: 'mastodon', handle: 'annakorhonen@mastodon.fi', kind: 'expert' }, { max: 1000 });
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((v) => v.handle.endsWith('@mastodon.fi'))).toBe(true);
  });

  it('leaves a name of generic words on other servers out: info@ elsewhere is anybody’s', () => {
    const variants = lookalikeVariants({ platform: 'mastodon', handle: 'info@some.pieksamaki.fi' }, { max: 1000 });
    expect(variants.some((v) => v.trick === 'other-server')).toBe(false);
  });

  it('puts the lookalikes of a city-domain Bluesky handle under bsky.social, where anyone can take them', () => {
    const variants = lookalikeVariants({ platform: 'bluesky', handle: 'kirjasto.pieksamaki.fi' }, { max: 1000 });
    expect(variants.map((v) => v.handle)).toContain('kirjasto-pieksamaki.bsky.social');
    expect(variants.filter((v) => v.trick !== 'other-domain').every((v) => v.handle.endsWith('.bsky.social'))).toBe(true);
  });

  it('writes ä as a and as ae where the platform takes ä in handles', () => {
    const variants = lookalikeVariants({ platform: 'youtube', handle: 'pieksämäenkaupunki' }, { max: 1000 });
    expect(variants.filter((v) => v.trick === 'umlauts-rewritten').map((v) => v.handle)).toEqual(['pieksamaenkaupunki', 'pieksaemaeenkaupunki']);
  });

  it('uses Cyrillic and Greek letters only where the platform takes them', () => {
    const cyrillic = (platform: Platform, handle: string) => lookalikeVariants({ platform, handle }, { max: 1000 }).some((v) => /[\u0370-\u04ff]/.test(v.handle));
    expect(cyrillic('youtube', 'pieksamaenkaupunki')).toBe(true);
    expect(cyrillic('instagram', 'pieksamaenkaupunki')).toBe(false);
  });

  it('makes nothing of an address that is no handle of the platform', () => {
    expect(lookalikeVariants({ platform: 'x', handle: 'far_too_long_for_x_handles' })).toEqual([]);
  });
});
