import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instagramReserved, parseProfileAddress, registeredKeys, type AddressError } from './normalise';
import type { Platform } from './platforms';

function keysOf(input: string, platform?: Platform): string[] {
  const result = parseProfileAddress(input, platform);
  if (!result.ok) throw new Error(`${input} did not parse: ${result.error}`);
  return result.address.keys;
}
const platformOf = (input: string, hint?: Platform) => {
  const r = parseProfileAddress(input, hint);
  return r.ok ? r.address.platform : r.error;
};
const errorOf = (input: string, platform?: Platform): AddressError | 'ok' => {
  const r = parseProfileAddress(input, platform);
  return r.ok ? 'ok' : r.error;
};
const shareKey = (a: string[], b: string[]) => a.some((k) => b.includes(k));

/** Every form must resolve to the registered profile; every lookalike must not. */
function expectSameProfile(platform: Platform, registered: { url: string; handle?: string; platformId?: string }, forms: [string, Platform?][]) {
  const keys = registeredKeys({ platform, url: registered.url, handle: registered.handle ?? null, platformId: registered.platformId ?? null });
  expect(keys.length).toBeGreaterThan(0);
  for (const [form, hint] of forms) {
    const r = parseProfileAddress(form, hint);
    expect(r.ok, form).toBe(true);
    if (!r.ok) continue;
    expect(r.address.platform, form).toBe(platform);
    expect(shareKey(r.address.keys, keys), form).toBe(true);
  }
  return keys;
}
function expectOtherProfile(keys: string[], platform: Platform, forms: [string, Platform?][]) {
  for (const [form, hint] of forms) {
    const r = parseProfileAddress(form, hint);
    if (!r.ok) continue;
    expect(r.address.platform === platform && shareKey(r.address.keys, keys), form).toBe(false);
  }
}

describe('normalising Instagram addresses', () => {
  it('resolves every common spelling to the same profile', () => {
    const keys = expectSameProfile('instagram', { url: 'https://www.instagram.com/pieksamaennuoriso/' }, [
      ['https://www.instagram.com/pieksamaennuoriso/'],
      ['http://instagram.com/PieksamaenNuoriso'],
      ['instagram.com/pieksamaennuoriso?igsh=MWQ1ZGUxMzBkMA=='],
      ['https://m.instagram.com/pieksamaennuoriso/#'],
      ['https://www.instagram.com/pieksamaennuoriso/reels/'],
      ['https://instagr.am/pieksamaennuoriso'],
      ['  @PieksamaenNuoriso  ', 'instagram'],
      ['pieksamaennuoriso', 'instagram'],
      ['https://www.instagram.com/stories/pieksamaennuoriso/123/'],
    ]);
    expectOtherProfile(keys, 'instagram', [
      ['https://www.instagram.com/pieksamaennuoriso_/'],
      ['https://www.instagram.com/pieksamaen.nuoriso/'],
      ['https://www.instagram.com/pieksamaennuorisoo/'],
      ['https://www.instagram.com/p/pieksamaennuoriso/'],
      ['pieksamaennuoriso', 'x'],
    ]);
  });

  it('keeps different handles apart, whatever their case (property)', () => {
    // Instagram handles start with a letter, digit or underscore.
    // Paths such as /p/ and /explore/ are Instagram's own pages, never usernames.
    const handle = fc.stringMatching(/^[a-z0-9_][a-z0-9._]{0,29}$/).filter((h) => !instagramReserved.has(h) && h !== 'stories');
    fc.assert(
      fc.property(handle, handle, (a, b) => {
        const keysA = keysOf(`https://www.instagram.com/${a}/?hl=fi`);
        expect(shareKey(keysA, keysOf(`@${a.toUpperCase()}`, 'instagram'))).toBe(true);
        if (a !== b) expect(shareKey(keysA, keysOf(`@${b}`, 'instagram'))).toBe(false);
      }),
    );
  });

  it('does not take pages that are not profiles', () => {
    expect(errorOf('https://www.instagram.com/p/C0abc123/')).toBe('not-an-address');
    expect(errorOf('https://www.instagram.com/explore/tags/pieksamaki/')).toBe('not-an-address');
  });
});

describe('normalising Facebook addresses', () => {
  it('treats a vanity name the way Facebook does: dots and letter case do not count', () => {
    const keys = expectSameProfile('facebook', { url: 'https://www.facebook.com/pieksamaenkaupunki' }, [
      ['https://www.facebook.com/Pieksamaen.Kaupunki'],
      ['https://m.facebook.com/pieksamaenkaupunki/'],
      ['fb.com/pieksamaenkaupunki'],
      ['https://web.facebook.com/pieksamaenkaupunki/posts/pfbid0123?ref=share'],
      ['https://www.facebook.com/pieksamaenkaupunki/photos'],
      ['pieksamaenkaupunki', 'facebook'],
    ]);
    expectOtherProfile(keys, 'facebook', [['https://www.facebook.com/pieksamaenkaupunki2'], ['https://www.facebook.com/pieksamaen-kaupunki']]);
  });

  it('finds a profile by its numeric id in profile.php, /people/ and /p/ addresses', () => {
    expectSameProfile('facebook', { url: 'https://www.facebook.com/pieksamaenkirjasto', platformId: '100064512345678' }, [
      ['https://www.facebook.com/profile.php?id=100064512345678'],
      ['https://m.facebook.com/profile.php?id=100064512345678&sk=about'],
      ['https://www.facebook.com/people/Pieksamaen-kirjasto/100064512345678/'],
      ['https://www.facebook.com/p/Pieksamaen-kirjasto-100064512345678/'],
      ['https://www.facebook.com/pieksamaenkirjasto'],
    ]);
    expect(keysOf('https://www.facebook.com/profile.php?id=100064512345678')).not.toEqual(keysOf('https://www.facebook.com/profile.php?id=100064512345679'));
  });

  it('refuses groups, events and share links', () => {
    for (const url of ['https://www.facebook.com/groups/123', 'https://www.facebook.com/events/123', 'https://www.facebook.com/share/abc', 'https://www.facebook.com/profile.php']) {
      expect(errorOf(url), url).toBe('not-an-address');
    }
  });
});

describe('normalising X (Twitter) addresses', () => {
  it('resolves x.com and twitter.com, statuses and handles to the same profile', () => {
    const keys = expectSameProfile('x', { url: 'https://x.com/pieksamaki', platformId: '1234567890' }, [
      ['https://twitter.com/Pieksamaki'],
      ['https://mobile.twitter.com/pieksamaki/status/1790000000000000000'],
      ['x.com/PIEKSAMAKI?s=20'],
      ['https://www.x.com/pieksamaki/'],
      ['@pieksamaki', 'x'],
      ['https://x.com/i/user/1234567890'],
      ['https://twitter.com/intent/user?screen_name=pieksamaki'],
    ]);
    expectOtherProfile(keys, 'x', [['https://x.com/pieksamaki_'], ['https://x.com/i/user/1234567891']]);
  });

  it('refuses handles X does not allow', () => {
    expect(errorOf('pieksämäki', 'x')).toBe('invalid-handle');
    expect(errorOf('a_handle_longer_than_15', 'x')).toBe('invalid-handle');
  });
});

describe('normalising YouTube addresses', () => {
  it('resolves a channel by its id, its @handle and its legacy names', () => {
    const channel = 'UC1a2B3c4D5e6F7g8H9i0JkL';
    const keys = expectSameProfile('youtube', { url: 'https://www.youtube.com/@PieksamakiTV', platformId: channel }, [
      [`https://www.youtube.com/channel/${channel}`],
      [`https://m.youtube.com/channel/${channel}/videos`],
      ['https://youtube.com/@pieksamakitv/featured'],
      ['@PIEKSAMAKITV', 'youtube'],
      [channel, 'youtube'],
    ]);
    // Channel ids are case-sensitive.
    expectOtherProfile(keys, 'youtube', [[`https://www.youtube.com/channel/${channel.toUpperCase()}`], ['https://www.youtube.com/@pieksamakitv2']]);
    expect(shareKey(keysOf('https://www.youtube.com/c/PieksamakiTV'), keysOf('https://youtube.com/c/pieksamakitv'))).toBe(true);
    expect(shareKey(keysOf('https://www.youtube.com/c/pieksamakitv'), keysOf('https://www.youtube.com/@pieksamakitv'))).toBe(false);
  });

  it('refuses videos and short links', () => {
    expect(errorOf('https://youtu.be/dQw4w9WgXcQ')).toBe('not-an-address');
    expect(errorOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe('not-an-address');
  });
});

describe('normalising LinkedIn addresses', () => {
  it('resolves company pages across locales and spellings', () => {
    const keys = expectSameProfile('linkedin', { url: 'https://www.linkedin.com/company/pieksamaen-kaupunki/' }, [
      ['https://fi.linkedin.com/company/Pieksamaen-Kaupunki'],
      ['linkedin.com/company/pieksamaen-kaupunki/posts/?feedView=all'],
      ['http://www.linkedin.com/company/pieksamaen-kaupunki'],
      ['company/pieksamaen-kaupunki', 'linkedin'],
      ['https://www.linkedin.com/company/pieksamaen-kaupunki/about/'],
    ]);
    // A person and a company with the same slug are different pages.
    expectOtherProfile(keys, 'linkedin', [['https://www.linkedin.com/in/pieksamaen-kaupunki']]);
    expect(errorOf('pieksamaen-kaupunki', 'linkedin')).toBe('invalid-handle');
  });
});

describe('normalising TikTok and Threads addresses', () => {
  it('resolves TikTok @handles', () => {
    expectSameProfile('tiktok', { url: 'https://www.tiktok.com/@pieksamaki' }, [
      ['https://tiktok.com/@Pieksamaki?lang=fi'],
      ['https://m.tiktok.com/@pieksamaki/video/123'],
      ['www.tiktok.com/@pieksamaki'],
      ['@pieksamaki', 'tiktok'],
      ['pieksamaki', 'tiktok'],
    ]);
    expect(errorOf('https://vm.tiktok.com/ZMabc/')).toBe('not-an-address');
  });

  it('resolves Threads on both of its domains', () => {
    expectSameProfile('threads', { url: 'https://www.threads.net/@pieksamaki' }, [
      ['https://www.threads.com/@Pieksamaki'],
      ['threads.net/@pieksamaki/post/abc'],
      ['https://threads.com/@pieksamaki?xmt=1'],
      ['@pieksamaki', 'threads'],
      ['pieksamaki', 'threads'],
    ]);
  });
});

describe('normalising Mastodon addresses', () => {
  it('resolves the web address, the account URL and user@host forms to one account', () => {
    const keys = expectSameProfile('mastodon', { url: 'https://mastodon.fi/@pieksamaki' }, [
      ['https://Mastodon.fi/@Pieksamaki/'],
      ['pieksamaki@mastodon.fi'],
      ['@pieksamaki@mastodon.fi'],
      ['acct:pieksamaki@mastodon.fi'],
      ['https://mastodon.fi/users/pieksamaki', 'mastodon'],
      ['https://mastodon.social/@pieksamaki@mastodon.fi'],
      ['https://mastodon.fi/@pieksamaki/113456789', 'mastodon'],
    ]);
    expectOtherProfile(keys, 'mastodon', [['https://mastodon.social/@pieksamaki'], ['pieksamaki@mastodon.fi.evil.example']]);
  });

  it('names the account by its home server when viewed on another server', () => {
    const r = parseProfileAddress('https://mastodon.social/@pieksamaki@some.city');
    expect(r.ok && r.address).toMatchObject({ platform: 'mastodon', handle: 'pieksamaki@some.city', platformId: 'https://some.city/users/pieksamaki' });
  });

  it('needs the server for a Mastodon handle', () => {
    expect(errorOf('@pieksamaki', 'mastodon')).toBe('invalid-handle');
  });
});

describe('normalising Bluesky addresses', () => {
  const did = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
  it('resolves the handle, the DID and bsky.app addresses of both', () => {
    const keys = expectSameProfile('bluesky', { url: 'https://bsky.app/profile/kirjasto.pieksamaki.fi', platformId: did }, [
      ['https://bsky.app/profile/Kirjasto.Pieksamaki.fi'],
      [`https://bsky.app/profile/${did}`],
      [did],
      [`at://${did}`],
      ['@kirjasto.pieksamaki.fi', 'bluesky'],
      ['kirjasto.pieksamaki.fi', 'bluesky'],
    ]);
    expectOtherProfile(keys, 'bluesky', [['https://bsky.app/profile/kirjasto-pieksamaki.bsky.social'], ['did:plc:ewvi7nxzyoun6zhxrhs64oia']]);
  });

  it('recognises a bsky.social handle without being told the platform', () => {
    expect(platformOf('pieksamaki.bsky.social')).toBe('bluesky');
  });
});

describe('normalising other addresses', () => {
  it('resolves any other web address by host and path', () => {
    expectSameProfile('other', { url: 'https://www.pieksamaki.fi/blogi' }, [
      ['http://pieksamaki.fi/blogi/'],
      ['https://WWW.PIEKSAMAKI.FI/blogi?utm_source=x#top'],
      ['pieksamaki.fi/blogi'],
    ]);
    expect(shareKey(keysOf('https://www.pieksamaki.fi/blogi'), keysOf('https://www.pieksamaki.fi/Blogi'))).toBe(false);
  });
});

describe('refusing what is not a profile address', () => {
  it.each([
    ['', undefined, 'empty'],
    ['   ', undefined, 'empty'],
    ['hello world', undefined, 'not-an-address'],
    ['javascript:alert(1)', undefined, 'not-an-address'],
    ['mailto:viestinta@pieksamaki.fi', undefined, 'not-an-address'],
    ['https://', undefined, 'not-an-address'],
    ['https://localhost/pieksamaki', undefined, 'not-an-address'],
    ['@pieksamaki', undefined, 'needs-platform'],
    ['pieksamaki', undefined, 'needs-platform'],
    ['https://www.instagram.com/pieksamaki', 'x', 'platform-mismatch'],
    ['did:plc:ewvi7nxzyoun6zhxrhs64oiz', 'instagram', 'platform-mismatch'],
  ] as [string, Platform | undefined, AddressError][])('%s (%s) → %s', (input, hint, error) => {
    expect(errorOf(input, hint)).toBe(error);
  });

  it('refuses an address over 2048 characters', () => {
    expect(errorOf(`https://x.com/${'a'.repeat(2100)}`)).toBe('too-long');
  });

  it('never lets a look-alike host pass for a platform', () => {
    expect(platformOf('https://instagram.com.evil.example/pieksamaki')).toBe('other');
    expect(platformOf('https://evil.example/?u=instagram.com/pieksamaki')).toBe('other');
    expect(platformOf('https://instagram.com@evil.example/pieksamaki')).toBe('other');
    expect(platformOf('https://notinstagram.com/pieksamaki')).toBe('other');
  });
});

describe('keys of a registered profile', () => {
  it('gathers the keys of its URL, handle and permanent id', () => {
    expect(
      registeredKeys({ platform: 'youtube', url: 'https://www.youtube.com/@pieksamakitv', handle: 'pieksamakitv', platformId: 'UC1a2B3c4D5e6F7g8H9i0JkL' }).sort(),
    ).toEqual(['handle:pieksamakitv', 'id:UC1a2B3c4D5e6F7g8H9i0JkL']);
  });

  it('ignores a stored form that belongs to another platform', () => {
    expect(registeredKeys({ platform: 'x', url: 'https://www.instagram.com/pieksamaki', handle: null, platformId: null })).toEqual([]);
  });
});
