import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from './catalogue';
import { mastodonServer, parseMastodonTerms } from './mastodon';

const answer = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/mastodon-terms-of-service.json'), 'utf8')) as Record<string, unknown>;

describe("a Mastodon server's terms of service answer (policy rule O5)", () => {
  it('gives the version by its effective date, with the announced next version', () => {
    expect(parseMastodonTerms(answer)).toEqual({
      version: '2025-04-15',
      effective: true,
      contentHash: contentHash(answer.content as string),
      succeededBy: '2026-01-01',
    });
  });

  it('accepts an answer without the optional fields', () => {
    expect(parseMastodonTerms({ effective_date: '2025-04-15', content: '<p>x</p>' })).toMatchObject({ version: '2025-04-15', effective: null, succeededBy: null });
  });

  it('refuses answers that are not terms of service', () => {
    expect(parseMastodonTerms(null)).toBeNull();
    expect(parseMastodonTerms([answer])).toBeNull();
    expect(parseMastodonTerms({ ...answer, effective_date: '15.4.2025' })).toBeNull();
    expect(parseMastodonTerms({ ...answer, content: undefined })).toBeNull();
    expect(parseMastodonTerms({ error: 'Record not found' })).toBeNull();
  });
});

describe("a Mastodon server's address", () => {
  it('is read from a name, an address or a profile address on the server', () => {
    const expected = { host: 'some.pieksamaki.fi', endpoint: 'https://some.pieksamaki.fi/api/v1/instance/terms_of_service', termsPage: 'https://some.pieksamaki.fi/terms-of-service' };
    expect(mastodonServer('some.pieksamaki.fi')).toEqual(expected);
    expect(mastodonServer('https://some.pieksamaki.fi/')).toEqual(expected);
    expect(mastodonServer('https://Some.Pieksamaki.fi/@kaupunki')).toEqual(expected);
  });

  it('must be a public server by name over HTTPS on the standard port', () => {
    for (const refused of ['', 'http://mastodon.social', 'https://127.0.0.1', 'https://[::1]/', 'https://localhost', 'https://intra.local', 'https://user:pw@mastodon.social', 'https://mastodon.social:8443', 'ftp://mastodon.social', 'mastodon', 'https://10.0.0.1']) {
      expect(mastodonServer(refused), refused).toBeNull();
    }
  });
});
