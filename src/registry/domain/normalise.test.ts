import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeAddress, instagramReserved, parseProfileAddress, registeredKeys, type AddressError } from './normalise';
import { platforms, type Platform } from './platforms';

type Form = [input: string, platform?: Platform];
interface Registered {
  url: string | null;
  handle?: string;
  platformId?: string;
}

function keysOf(input: string, platform?: Platform): string[] {
  const result = parseProfileAddress(input, platform);
  if (!result.ok) throw new Error(`${input} did not parse: ${result.error}`);
  return result.address.keys;
}
function addressOf(input: string, platform?: Platform) {
  const result = parseProfileAddress(input, platform);
  if (!result.ok) throw new Error(`${input} did not parse: ${result.error}`);
  return result.address;
}
const platformOf = (input: string, platform?: Platform): Platform | AddressError => {
  const r = parseProfileAddress(input, platform);
  return r.ok ? r.address.platform : r.error;
};
const errorOf = (input: string, platform?: Platform): AddressError | 'ok' => {
  const r = parseProfileAddress(input, platform);
  return r.ok ? 'ok' : r.error;
};
const shareKey = (a: string[], b: string[]) => a.some((k) => b.includes(k));

/** What verify answers: the registered profile is found iff the platform is the same and a key is shared. */
function finds(platform: Platform, registered: Registered, [input, hint]: Form): boolean {
  const keys = registeredKeys({ platform, url: registered.url, handle: registered.handle ?? null, platformId: registered.platformId ?? null });
  const r = parseProfileAddress(input, hint);
  return r.ok && r.address.platform === platform && shareKey(r.address.keys, keys);
}

/**
 * One registered account, the spellings that must find it and the look-alikes that must not.
 * Each spelling and look-alike is its own test so that a failure names it.
 */
function specifyAccount(name: string, platform: Platform, registered: Registered, same: Form[], apart: Form[]) {
  describe(name, () => {
    it('is registered under at least one key', () => {
      expect(registeredKeys({ platform, url: registered.url, handle: registered.handle ?? null, platformId: registered.platformId ?? null })).not.toEqual([]);
    });
    it.each(same)('resolves %s (platform given: %s) to the same profile', (input, hint) => {
      expect(finds(platform, registered, [input, hint])).toBe(true);
    });
    it.each(apart)('never takes %s (platform given: %s) for it', (input, hint) => {
      expect(finds(platform, registered, [input, hint])).toBe(false);
    });
  });
}

describe('normalising Instagram addresses', () => {
  specifyAccount(
    'the youth services account',
    'instagram',
    { url: 'https://www.instagram.com/pieksamaennuoriso/' },
    [
      ['https://www.instagram.com/pieksamaennuoriso/'],
      ['http://instagram.com/PieksamaenNuoriso'],
      ['instagram.com/pieksamaennuoriso?igsh=MWQ1ZGUxMzBkMA=='],
      ['https://m.instagram.com/pieksamaennuoriso/#'],
      ['HTTPS://WWW.INSTAGRAM.COM/PIEKSAMAENNUORISO'],
      ['https://www.instagram.com/pieksamaennuoriso/reels/'],
      ['https://www.instagram.com/pieksamaennuoriso/tagged/?hl=fi'],
      ['https://instagr.am/pieksamaennuoriso'],
      ['https://www.instagram.com/%70ieksamaennuoriso'],
      ['https://www.instagram.com/stories/pieksamaennuoriso/3311223344/'],
      ['https://www.instagram.com/_u/pieksamaennuoriso'],
      ['https://instagram.com./pieksamaennuoriso'],
      ['  @PieksamaenNuoriso  ', 'instagram'],
      ['pieksamaennuoriso', 'instagram'],
      ['instagram.com/pieksamaennuoriso', 'instagram'],
    ],
    [
      ['https://www.instagram.com/pieksamaennuoriso_/'],
      ['https://www.instagram.com/pieksamaen.nuoriso/'],
      ['https://www.instagram.com/pieksamaennuorisoo/'],
      ['https://www.instagram.com/p/pieksamaennuoriso/'],
      ['https://www.threads.com/@pieksamaennuoriso'],
      ['pieksamaennuoriso', 'x'],
      ['pieksamaennuoriso', 'threads'],
      ['https://instagram.com.evil.example/pieksamaennuoriso'],
      ['https://evil.example/?u=instagram.com/pieksamaennuoriso'],
      ['https://instagram.com@evil.example/pieksamaennuoriso'],
      ['https://help.instagram.com/pieksamaennuoriso'],
    ],
  );

  it('keeps different handles apart, and finds one handle whatever its case (property)', () => {
    // A valid handle that is not one of Instagram's own pages (/p/, /explore/, /stories/…).
    const handle = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._]{0,29}$/).filter((h) => !instagramReserved.has(h.toLowerCase()));
    fc.assert(
      fc.property(handle, handle, (a, b) => {
        const keysA = keysOf(`https://www.instagram.com/${a}/?hl=fi`);
        expect(shareKey(keysA, keysOf(`@${a.toUpperCase()}`, 'instagram'))).toBe(true);
        if (a.toLowerCase() !== b.toLowerCase()) expect(shareKey(keysA, keysOf(`@${b}`, 'instagram'))).toBe(false);
      }),
    );
  });

  it('gives the handle and a canonical address', () => {
    expect(addressOf('http://m.instagram.com/Pieksamaki/?hl=fi')).toEqual({
      platform: 'instagram',
      keys: ['handle:pieksamaki'],
      canonicalUrl: 'https://www.instagram.com/pieksamaki',
      handle: 'pieksamaki',
      platformId: null,
    });
  });

  it.each(['https://www.instagram.com/p/C0abc123/', 'https://www.instagram.com/explore/tags/pieksamaki/', 'https://www.instagram.com/accounts/login/', 'https://www.instagram.com/', 'https://www.instagram.com/stories/'])(
    'does not take %s, which is no profile, for one',
    (url) => {
      expect(errorOf(url)).toBe('not-an-address');
    },
  );
});

describe('normalising Facebook addresses', () => {
  specifyAccount(
    'a page by its username, which Facebook reads without dots and case',
    'facebook',
    { url: 'https://www.facebook.com/pieksamaenkaupunki' },
    [
      ['https://www.facebook.com/Pieksamaen.Kaupunki'],
      ['https://m.facebook.com/pieksamaenkaupunki/'],
      ['https://mobile.facebook.com/pieksamaenkaupunki'],
      ['https://mbasic.facebook.com/pieksamaenkaupunki'],
      ['fb.com/pieksamaenkaupunki'],
      ['facebook.com/pieksamaenkaupunki?locale=fi_FI'],
      ['https://web.facebook.com/pieksamaenkaupunki/posts/pfbid0123?ref=share'],
      ['https://www.facebook.com/pieksamaenkaupunki/photos'],
      ['https://fi-fi.facebook.com/pieksamaenkaupunki'],
      ['https://www.facebook.com/pg/pieksamaenkaupunki/about/'],
      ['pieksamaenkaupunki', 'facebook'],
      ['@Pieksamaen.Kaupunki', 'facebook'],
    ],
    [
      ['https://www.facebook.com/pieksamaenkaupunki2'],
      ['https://www.facebook.com/pieksamaen-kaupunki'],
      ['https://www.facebook.com/pieksamaenkaupunk'],
      ['https://developers.facebook.com/pieksamaenkaupunki'],
      ['pieksamaenkaupunki', 'instagram'],
    ],
  );

  specifyAccount(
    'a page by its numeric id',
    'facebook',
    { url: 'https://www.facebook.com/pieksamaenkirjasto', platformId: '100064512345678' },
    [
      ['https://www.facebook.com/profile.php?id=100064512345678'],
      ['https://m.facebook.com/profile.php?id=100064512345678&sk=about'],
      ['https://www.facebook.com/people/Pieksamaen-kirjasto/100064512345678/'],
      ['https://www.facebook.com/pages/Pieksamaen-kirjasto/100064512345678'],
      ['https://www.facebook.com/p/Pieksamaen-kirjasto-100064512345678/'],
      ['https://www.facebook.com/Pieksamaen-kirjasto-100064512345678/'],
      ['https://www.facebook.com/100064512345678'],
      ['https://www.facebook.com/pieksamaenkirjasto'],
    ],
    [
      ['https://www.facebook.com/profile.php?id=100064512345679'],
      ['https://www.facebook.com/profile.php?id=1000645123456780'],
      // Servers differ in which of two ids they show, so neither is trusted.
      ['https://www.facebook.com/profile.php?id=100064512345678&id=100099999999999'],
      ['https://www.facebook.com/profile.php?id=100099999999999&id=100064512345678'],
      ['https://www.facebook.com/profile.php?id=100064512345678&id[]=100099999999999'],
    ],
  );

  it('gives the numeric id as the platform id', () => {
    expect(addressOf('https://www.facebook.com/profile.php?id=123456789')).toMatchObject({ platformId: '123456789', keys: ['id:123456789'], handle: null });
  });

  it.each([
    'https://www.facebook.com/groups/123',
    'https://www.facebook.com/events/123',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/share/abc',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.facebook.com/login',
    'https://www.facebook.com/help',
    'https://www.facebook.com/policies',
    'https://www.facebook.com/me',
    'https://www.facebook.com/people/Someone',
    'https://www.facebook.com/home.php',
    'https://www.facebook.com/profile.php',
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.example',
    'https://www.facebook.com/',
  ])('does not take %s, which is no profile, for one', (url) => {
    expect(errorOf(url)).toBe('not-an-address');
  });
});

describe('normalising X (Twitter) addresses', () => {
  specifyAccount(
    'the city account by handle and by numeric id',
    'x',
    { url: 'https://x.com/pieksamaki', platformId: '1234567890' },
    [
      ['https://twitter.com/Pieksamaki'],
      ['https://mobile.twitter.com/pieksamaki/status/1790000000000000000'],
      ['x.com/PIEKSAMAKI?s=20'],
      ['https://www.x.com/pieksamaki/'],
      ['http://twitter.com/pieksamaki/with_replies#top'],
      ['@pieksamaki', 'x'],
      ['pieksamaki', 'x'],
      ['https://x.com/i/user/1234567890'],
      ['https://twitter.com/intent/user?screen_name=pieksamaki'],
      ['https://twitter.com/intent/follow?user_id=1234567890'],
    ],
    [
      ['https://x.com/pieksamaki_'],
      ['https://x.com/pieksamakii'],
      ['https://x.com/i/user/1234567891'],
      ['https://x.com/1234567890'],
      ['https://twitter.com/intent/user?screen_name=pieksamaki&screen_name=kopio'],
      ['https://twitter.com/intent/user?screen_name=kopio&user_id=1234567890'],
      ['pieksamaki', 'tiktok'],
    ],
  );

  it('refuses handles X does not allow', () => {
    expect(errorOf('pieksämäki', 'x')).toBe('invalid-handle');
    expect(errorOf('a_handle_longer_than_15', 'x')).toBe('invalid-handle');
    expect(errorOf('https://x.com/pieksa.maki')).toBe('invalid-handle');
  });

  it.each(['https://x.com/home', 'https://x.com/search?q=pieksamaki', 'https://x.com/i/lists/123', 'https://twitter.com/intent/tweet?screen_name=pieksamaki', 'https://x.com/'])(
    'does not take %s, which is no profile, for one',
    (url) => {
      expect(errorOf(url)).toBe('not-an-address');
    },
  );
});

describe('normalising YouTube addresses', () => {
  const channel = 'UC1a2B3c4D5e6F7g8H9i0JkL';

  specifyAccount(
    'a channel by its id and its @handle',
    'youtube',
    { url: 'https://www.youtube.com/@PieksamakiTV', platformId: channel },
    [
      [`https://www.youtube.com/channel/${channel}`],
      [`https://m.youtube.com/channel/${channel}/videos`],
      [`youtube.com/channel/${channel}?sub_confirmation=1`],
      ['https://youtube.com/@pieksamakitv/featured'],
      ['https://www.youtube.com/%40PieksamakiTV'],
      ['@PIEKSAMAKITV', 'youtube'],
      ['pieksamakitv', 'youtube'],
      [channel, 'youtube'],
    ],
    [
      // Channel ids are case-sensitive.
      [`https://www.youtube.com/channel/${channel.toUpperCase()}`],
      [`https://www.youtube.com/channel/${channel.toLowerCase()}`],
      ['https://www.youtube.com/@pieksamakitv2'],
      // A legacy name of the same spelling may belong to another channel.
      ['https://www.youtube.com/c/PieksamakiTV'],
      ['https://www.youtube.com/user/PieksamakiTV'],
    ],
  );

  specifyAccount(
    'a channel by its legacy custom URL',
    'youtube',
    { url: 'https://www.youtube.com/c/PieksamakiTV' },
    [['https://youtube.com/c/pieksamakitv'], ['https://www.youtube.com/c/PIEKSAMAKITV/videos'], ['https://www.youtube.com/PieksamakiTV'], ['https://m.youtube.com/c/PieksamakiTV/'], ['www.youtube.com/c/pieksamakitv?app=desktop']],
    [['https://www.youtube.com/user/PieksamakiTV'], ['https://www.youtube.com/@pieksamakitv'], ['https://www.youtube.com/c/PieksamakiTV2']],
  );

  specifyAccount(
    'a channel by its legacy user name',
    'youtube',
    { url: 'https://www.youtube.com/user/pieksamaki' },
    [['https://www.youtube.com/user/Pieksamaki'], ['https://m.youtube.com/user/PIEKSAMAKI/videos'], ['youtube.com/user/pieksamaki'], ['http://www.youtube.com/user/pieksamaki/'], ['https://www.youtube.com/user/pieksamaki?feature=watch']],
    [['https://www.youtube.com/c/pieksamaki'], ['https://www.youtube.com/@pieksamaki']],
  );

  it('keeps handles in other scripts, folding only Latin letters', () => {
    expect(keysOf('https://www.youtube.com/@Pieksämäki')).toEqual(['handle:pieksämäki']);
    expect(shareKey(keysOf('https://www.youtube.com/@Pieksämäki'), keysOf('https://www.youtube.com/@PIEKSÄMÄKI'))).toBe(false);
  });

  it('gives the channel id as the platform id', () => {
    expect(addressOf(`https://www.youtube.com/channel/${channel}`)).toMatchObject({ platformId: channel, canonicalUrl: `https://www.youtube.com/channel/${channel}` });
  });

  it.each(['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&ab_channel=PieksamakiTV', 'https://www.youtube.com/shorts/abc', 'https://www.youtube.com/playlist?list=PL123', 'https://www.youtube.com/channel/'])(
    'does not take %s, which is no channel, for one',
    (url) => {
      expect(errorOf(url)).toBe('not-an-address');
    },
  );
});

describe('normalising LinkedIn addresses', () => {
  specifyAccount(
    'a company page across locales and spellings',
    'linkedin',
    { url: 'https://www.linkedin.com/company/pieksamaen-kaupunki/' },
    [
      ['https://fi.linkedin.com/company/Pieksamaen-Kaupunki'],
      ['linkedin.com/company/pieksamaen-kaupunki/posts/?feedView=all'],
      ['http://www.linkedin.com/company/pieksamaen-kaupunki'],
      ['https://www.linkedin.com/company/pieksamaen-kaupunki/about/'],
      ['https://www.linkedin.com/Company/pieksamaen-kaupunki'],
      ['company/pieksamaen-kaupunki', 'linkedin'],
      ['company/Pieksamaen-Kaupunki/', 'linkedin'],
    ],
    [
      // A person, a school and a company with the same slug are different pages.
      ['https://www.linkedin.com/in/pieksamaen-kaupunki'],
      ['https://www.linkedin.com/school/pieksamaen-kaupunki'],
      ['https://www.linkedin.com/company/pieksamaen-kaupunki-oy'],
      ['in/pieksamaen-kaupunki', 'linkedin'],
    ],
  );

  specifyAccount(
    'a person page',
    'linkedin',
    { url: 'https://www.linkedin.com/in/pieksamaki-tyollisyys/', handle: 'in/pieksamaki-tyollisyys' },
    [['https://fi.linkedin.com/in/Pieksamaki-Tyollisyys'], ['linkedin.com/in/pieksamaki-tyollisyys?trk=public'], ['in/pieksamaki-tyollisyys', 'linkedin'], ['https://www.linkedin.com/in/pieksamaki-tyollisyys/recent-activity/'], ['http://linkedin.com/in/pieksamaki-tyollisyys']],
    [['https://www.linkedin.com/company/pieksamaki-tyollisyys']],
  );

  it('names the page kind in the handle', () => {
    expect(addressOf('https://www.linkedin.com/showcase/pieksamaen-kirjasto/').handle).toBe('showcase/pieksamaen-kirjasto');
  });

  it('refuses a bare slug, which could be a person or a company', () => {
    expect(errorOf('pieksamaen-kaupunki', 'linkedin')).toBe('invalid-handle');
  });

  it.each(['https://www.linkedin.com/feed/', 'https://www.linkedin.com/company/', 'https://www.linkedin.com/jobs/view/123'])('does not take %s, which is no page, for one', (url) => {
    expect(errorOf(url)).toBe('not-an-address');
  });
});

describe('normalising TikTok addresses', () => {
  specifyAccount(
    'the youth services account',
    'tiktok',
    { url: 'https://www.tiktok.com/@pieksamaki' },
    [['https://tiktok.com/@Pieksamaki?lang=fi'], ['https://m.tiktok.com/@pieksamaki/video/123'], ['www.tiktok.com/@pieksamaki'], ['https://www.tiktok.com/%40pieksamaki'], ['@pieksamaki', 'tiktok'], ['pieksamaki', 'tiktok']],
    [['https://www.tiktok.com/@pieksamaki_'], ['https://www.tiktok.com/@pieksamaki.'], ['@pieksamaki', 'instagram']],
  );

  it.each(['https://vm.tiktok.com/ZMabc/', 'https://vt.tiktok.com/ZSabc/', 'https://www.tiktok.com/t/ZTabc/', 'https://www.tiktok.com/pieksamaki'])('does not follow %s, whose account it cannot know', (url) => {
    expect(errorOf(url)).toBe('not-an-address');
  });
});

describe('normalising Threads addresses', () => {
  specifyAccount(
    'the library account on both domains',
    'threads',
    { url: 'https://www.threads.net/@pieksamaki' },
    [['https://www.threads.com/@Pieksamaki'], ['threads.net/@pieksamaki/post/abc'], ['https://threads.com/@pieksamaki?xmt=1'], ['@pieksamaki', 'threads'], ['pieksamaki', 'threads']],
    [['https://www.threads.net/@pieksamaki_'], ['https://www.instagram.com/pieksamaki'], ['pieksamaki', 'instagram']],
  );
});

describe('normalising Mastodon addresses', () => {
  specifyAccount(
    'an account on its home server',
    'mastodon',
    { url: 'https://mastodon.fi/@pieksamaki' },
    [
      ['https://Mastodon.fi/@Pieksamaki/'],
      ['mastodon.fi/@pieksamaki'],
      ['pieksamaki@mastodon.fi'],
      ['@Pieksamaki@Mastodon.FI'],
      ['acct:pieksamaki@mastodon.fi'],
      ['https://mastodon.fi/users/pieksamaki', 'mastodon'],
      ['https://mastodon.social/@pieksamaki@mastodon.fi'],
      ['https://mastodon.fi/@pieksamaki/113456789', 'mastodon'],
      ['@pieksamaki@mastodon.fi', 'mastodon'],
    ],
    [
      ['https://mastodon.social/@pieksamaki'],
      ['pieksamaki@mastodon.social'],
      ['pieksamaki@mastodon.fi.evil.example'],
      ['https://mastodon.fi/@pieksamaki_'],
      ['https://mastodon.fi/@pieksamaki@evil.example'],
    ],
  );

  it('names the account by its home server, not by the server it is viewed on', () => {
    expect(addressOf('https://mastodon.social/@pieksamaki@some.city')).toEqual({
      platform: 'mastodon',
      keys: ['handle:pieksamaki@some.city'],
      canonicalUrl: 'https://some.city/@pieksamaki',
      handle: 'pieksamaki@some.city',
      platformId: 'https://some.city/users/pieksamaki',
    });
  });

  it('writes an internationalised server name as DNS does', () => {
    expect(keysOf('pieksamaki@pöö.fi')).toEqual(keysOf('https://pöö.fi/@pieksamaki'));
  });

  it('takes /@user on any server for Mastodon, but /users/ only when told', () => {
    expect(platformOf('https://example.social/@pieksamaki')).toBe('mastodon');
    expect(platformOf('https://example.com/users/pieksamaki')).toBe('other');
    expect(platformOf('https://example.com/users/pieksamaki', 'mastodon')).toBe('mastodon');
    expect(platformOf('https://example.social/@pieksamaki', 'other')).toBe('other');
  });

  it('needs the server for a Mastodon handle', () => {
    expect(errorOf('@pieksamaki', 'mastodon')).toBe('invalid-handle');
    expect(errorOf('https://example.social/about', 'mastodon')).toBe('not-an-address');
  });
});

describe('normalising Bluesky addresses', () => {
  const did = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';

  specifyAccount(
    'an account with a handle under the city domain and its DID',
    'bluesky',
    { url: 'https://bsky.app/profile/kirjasto.pieksamaki.fi', platformId: did },
    [
      ['https://bsky.app/profile/Kirjasto.Pieksamaki.fi'],
      ['bsky.app/profile/kirjasto.pieksamaki.fi/post/3kabc'],
      [`https://bsky.app/profile/${did}`],
      [`https://bsky.app/profile/${encodeURIComponent(did)}`],
      [did],
      [`at://${did}`],
      [`at://${did}/app.bsky.feed.post/3kabc`],
      ['@kirjasto.pieksamaki.fi', 'bluesky'],
      ['kirjasto.pieksamaki.fi', 'bluesky'],
    ],
    [
      ['https://bsky.app/profile/kirjasto-pieksamaki.bsky.social'],
      ['https://bsky.app/profile/kirjasto.pieksamaki.fi.evil.example'],
      ['did:plc:ewvi7nxzyoun6zhxrhs64oia'],
      ['kirjasto.pieksamaki.fi'],
    ],
  );

  specifyAccount(
    'an account with a bsky.social handle',
    'bluesky',
    { url: 'https://bsky.app/profile/pieksamaki.bsky.social' },
    [['pieksamaki.bsky.social'], ['@Pieksamaki.bsky.social'], ['at://pieksamaki.bsky.social'], ['https://bsky.app/profile/@pieksamaki.bsky.social'], ['pieksamaki.bsky.social', 'bluesky']],
    [['pieksamaki_.bsky.social'], ['pieksamaki.bsky.social.evil.example', 'bluesky']],
  );

  it('keeps a DID exactly as written', () => {
    expect(addressOf('did:web:kirjasto.pieksamaki.fi')).toMatchObject({ keys: ['did:web:kirjasto.pieksamaki.fi'], platformId: 'did:web:kirjasto.pieksamaki.fi' });
    expect(shareKey(keysOf('did:web:Kirjasto.pieksamaki.fi'), keysOf('did:web:kirjasto.pieksamaki.fi'))).toBe(false);
    expect(errorOf('did:plc:EWVI7NXZYOUN6ZHXRHS64OIZ')).toBe('invalid-handle');
  });
});

describe('normalising other addresses', () => {
  specifyAccount(
    'a page on the city site, by host and path',
    'other',
    { url: 'https://www.pieksamaki.fi/blogi' },
    [
      ['http://pieksamaki.fi/blogi/'],
      ['https://WWW.PIEKSAMAKI.FI/blogi?utm_source=x&fbclid=abc#top'],
      ['pieksamaki.fi/blogi'],
      ['https://pieksamaki.fi/%62logi'],
      ['www.pieksamaki.fi/blogi/'],
      ['https://pieksamaki.fi/blogi', 'other'],
    ],
    [
      ['https://www.pieksamaki.fi/Blogi'],
      ['https://www.pieksamaki.fi/blogi/vanha'],
      ['https://www.pieksamaki.fi:8443/blogi'],
      ['https://blogi.pieksamaki.fi/'],
      ['https://www.pieksamaki.fi.evil.example/blogi'],
    ],
  );

  // The query or a #/ route may be all that tells one account of a site from another.
  specifyAccount(
    'a profile whose address names it in the query',
    'other',
    { url: 'https://keskustelu.example/profiili?kayttaja=pieksamaki' },
    [['https://keskustelu.example/profiili?kayttaja=pieksamaki&utm_campaign=kevat'], ['keskustelu.example/profiili/?kayttaja=pieksamaki']],
    [['https://keskustelu.example/profiili?kayttaja=kopio'], ['https://keskustelu.example/profiili']],
  );

  it('keeps hash routes of single-page sites apart', () => {
    expect(shareKey(keysOf('https://app.example/#/u/pieksamaki'), keysOf('https://app.example/#/u/kopio'))).toBe(false);
  });

  it('asks for the platform of a bare name', () => {
    expect(errorOf('pieksamaki')).toBe('needs-platform');
    expect(errorOf('pieksamaki', 'other')).toBe('not-an-address');
  });
});

describe('telling one account from another', () => {
  it.each<[Platform, (h: string) => string]>([
    ['instagram', (h) => `https://www.instagram.com/${h}`],
    ['x', (h) => `https://x.com/${h}`],
    ['tiktok', (h) => `https://www.tiktok.com/@${h}`],
    ['threads', (h) => `https://www.threads.net/@${h}`],
    ['youtube', (h) => `https://www.youtube.com/@${h}`],
    ['facebook', (h) => `https://www.facebook.com/${h}`],
    ['mastodon', (h) => `https://mastodon.fi/@${h}`],
    ['bluesky', (h) => `https://bsky.app/profile/${h}.fi`],
    ['linkedin', (h) => `https://www.linkedin.com/company/${h}`],
  ])('on %s, gives pieksamaki, pieksamaki_, pieksamakii and pieksamäki no key in common', (platform, address) => {
    const spellings = ['pieksamaki', 'pieksamaki_', 'pieksamakii', 'pieksamäki'];
    const keySets = spellings.map((h) => {
      const r = parseProfileAddress(address(h));
      // A platform may refuse a spelling altogether; then it cannot match anything.
      if (!r.ok) return [];
      expect(r.address.platform).toBe(platform);
      return r.address.keys;
    });
    keySets.forEach((a, i) => keySets.forEach((b, j) => i !== j && expect(shareKey(a, b), `${spellings[i]} / ${spellings[j]}`).toBe(false)));
  });

  it('keeps the same handle on two platforms apart by platform', () => {
    const onPlatforms = (['instagram', 'x', 'tiktok', 'threads', 'facebook', 'youtube'] as const).map((p) => platformOf('pieksamaki', p));
    expect(new Set(onPlatforms).size).toBe(onPlatforms.length);
  });

  it('keeps different handles apart on every handle platform (property)', () => {
    const handle = fc.stringMatching(/^[A-Za-z0-9_]{2,15}$/);
    const platform = fc.constantFrom<Platform>('instagram', 'x', 'tiktok', 'threads', 'youtube', 'facebook');
    fc.assert(
      fc.property(platform, handle, handle, (p, a, b) => {
        const ra = parseProfileAddress(a, p);
        const rb = parseProfileAddress(b, p);
        if (!ra.ok || !rb.ok) return;
        // All of these platforms ignore letter case in handles, and nothing else.
        expect(shareKey(ra.address.keys, rb.address.keys)).toBe(a.toLowerCase() === b.toLowerCase());
      }),
    );
  });

  it('answers for the platform asked about, or not at all (property)', () => {
    const input = fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.emailAddress(), fc.domain());
    fc.assert(
      fc.property(input, fc.option(fc.constantFrom(...platforms), { nil: undefined }), (text, hint) => {
        const r = parseProfileAddress(text, hint);
        if (!r.ok) return;
        expect(r.address.keys.length).toBeGreaterThan(0);
        if (hint !== undefined) expect(r.address.platform).toBe(hint);
      }),
    );
  });
});

describe('refusing what is not a profile address', () => {
  it.each<[string, Platform | undefined, AddressError]>([
    ['', undefined, 'empty'],
    ['   ', undefined, 'empty'],
    ['hello world', undefined, 'not-an-address'],
    ['hello world', 'instagram', 'not-an-address'],
    ['javascript:alert(1)', undefined, 'not-an-address'],
    ['mailto:viestinta@pieksamaki.fi', undefined, 'not-an-address'],
    ['ftp://instagram.com/pieksamaki', undefined, 'not-an-address'],
    ['https://', undefined, 'not-an-address'],
    ['https://localhost/pieksamaki', undefined, 'not-an-address'],
    ['https://192.168.1.1/pieksamaki', undefined, 'not-an-address'],
    ['instagram.com:8080/pieksamaki', undefined, 'not-an-address'],
    ['pieksamaki\u200b', 'instagram', 'not-an-address'],
    ['https://evil.example\\@instagram.com/pieksamaki', undefined, 'not-an-address'],
    ['@pieksamaki', undefined, 'needs-platform'],
    ['pieksamaki', undefined, 'needs-platform'],
    ['@pieksamaki.fi', undefined, 'needs-platform'],
    ['pieksamaki!', 'instagram', 'invalid-handle'],
    ['pieksamäki', 'instagram', 'invalid-handle'],
    ['https://www.instagram.com/pieksamaki', 'x', 'platform-mismatch'],
    ['https://x.com/pieksamaki', 'instagram', 'platform-mismatch'],
    ['https://www.instagram.com/pieksamaki', 'mastodon', 'platform-mismatch'],
    ['https://www.pieksamaki.fi/blogi', 'instagram', 'platform-mismatch'],
    ['did:plc:ewvi7nxzyoun6zhxrhs64oiz', 'instagram', 'platform-mismatch'],
    ['pieksamaki@mastodon.fi', 'x', 'platform-mismatch'],
  ])('%j (platform given: %s) → %s', (input, hint, error) => {
    expect(errorOf(input, hint)).toBe(error);
  });

  it('refuses an address over 2048 characters', () => {
    expect(errorOf(`https://x.com/${'a'.repeat(2100)}`)).toBe('too-long');
    expect(errorOf(`  https://www.pieksamaki.fi/${'a'.repeat(2000)}  `)).not.toBe('too-long');
  });

  it.each([
    ['https://instagram.com.evil.example/pieksamaki', 'instagram.com.evil.example'],
    ['instagram.com.evil.example/pieksamaki', 'instagram.com.evil.example'],
    ['https://evil.example/?u=instagram.com/pieksamaki', 'evil.example'],
    ['https://instagram.com@evil.example/pieksamaki', 'evil.example'],
    ['https://www.instagram.com:443@evil.example/pieksamaki', 'evil.example'],
    ['instagram.com@evil.example/pieksamaki', 'evil.example'],
    ['https://notinstagram.com/pieksamaki', 'notinstagram.com'],
    ['https://іnstagram.com/pieksamaki', 'xn--nstagram-shh.com'],
  ])('never lets %s pass for Instagram', (input, host) => {
    const address = addressOf(input);
    expect(address.platform).toBe('other');
    expect(address.keys.every((k) => k.startsWith(`url:${host}`))).toBe(true);
  });

  it.each(['https://developers.facebook.com/pieksamaenkaupunki', 'https://studio.youtube.com/channel/UC1a2B3c4D5e6F7g8H9i0JkL', 'https://help.instagram.com/pieksamaki', 'https://a.b.linkedin.com/company/pieksamaki'])(
    'does not read %s, a page of the platform itself, as a profile',
    (url) => {
      expect(errorOf(url)).toBe('not-an-address');
    },
  );
});

describe('keys of a registered profile', () => {
  it('gathers the keys of its URL, handle and permanent id', () => {
    expect(
      registeredKeys({ platform: 'youtube', url: 'https://www.youtube.com/@pieksamakitv', handle: 'pieksamakitv', platformId: 'UC1a2B3c4D5e6F7g8H9i0JkL' }).sort(),
    ).toEqual(['handle:pieksamakitv', 'id:UC1a2B3c4D5e6F7g8H9i0JkL']);
    expect(registeredKeys({ platform: 'bluesky', url: null, handle: 'kirjasto.pieksamaki.fi', platformId: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz' }).sort()).toEqual([
      'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
      'handle:kirjasto.pieksamaki.fi',
    ]);
    expect(registeredKeys({ platform: 'facebook', url: 'https://www.facebook.com/pieksamaenkirjasto', handle: null, platformId: '100064512345678' }).sort()).toEqual([
      'handle:pieksamaenkirjasto',
      'id:100064512345678',
    ]);
    expect(registeredKeys({ platform: 'x', url: null, handle: '@Pieksamaki', platformId: '1234567890' }).sort()).toEqual(['handle:pieksamaki', 'id:1234567890']);
    expect(registeredKeys({ platform: 'mastodon', url: null, handle: null, platformId: 'https://mastodon.fi/users/pieksamaki' })).toEqual(['handle:pieksamaki@mastodon.fi']);
  });

  it('lists each key once', () => {
    expect(registeredKeys({ platform: 'instagram', url: 'https://www.instagram.com/pieksamaki/', handle: '@PIEKSAMAKI', platformId: null })).toEqual(['handle:pieksamaki']);
  });

  it('ignores a stored form that belongs to another platform or cannot be read', () => {
    expect(registeredKeys({ platform: 'x', url: 'https://www.instagram.com/pieksamaki', handle: null, platformId: null })).toEqual([]);
    expect(registeredKeys({ platform: 'youtube', url: 'https://www.youtube.com/@pieksamakitv', handle: null, platformId: 'not a channel' })).toEqual(['handle:pieksamakitv']);
    expect(registeredKeys({ platform: 'other', url: 'https://www.pieksamaki.fi/', handle: 'pieksamaki', platformId: '123' })).toEqual(['url:pieksamaki.fi']);
    expect(registeredKeys({ platform: 'facebook', url: null, handle: null, platformId: '   ' })).toEqual([]);
  });
});

describe('completing a stored address', () => {
  it('fills in the handle and id that the URL implies, keeping what was given', () => {
    expect(completeAddress({ platform: 'mastodon', url: 'https://mastodon.fi/@Pieksamaki', handle: null, platformId: null })).toEqual({
      platform: 'mastodon',
      url: 'https://mastodon.fi/@Pieksamaki',
      handle: 'pieksamaki@mastodon.fi',
      platformId: 'https://mastodon.fi/users/pieksamaki',
    });
    expect(completeAddress({ platform: 'x', url: 'https://x.com/pieksamaki', handle: 'Pieksamaki', platformId: '1' }).handle).toBe('Pieksamaki');
  });
});
