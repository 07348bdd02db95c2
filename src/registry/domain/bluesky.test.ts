import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../test/helpers/factories';
import { blueskyDidForHost } from './bluesky';

const did = 'did:plc:abcdefghijklmnopqrstuvwx';
const profile = (overrides: Parameters<typeof buildProfile>[0] = {}) => ({
  ...buildProfile({ platform: 'bluesky', url: 'https://bsky.app/profile/kirjasto.pieksamaki.fi', handle: 'kirjasto.pieksamaki.fi', platformId: did, ...overrides }),
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: new Date(),
  updatedAt: new Date(),
  lastConfirmedAt: new Date(),
});

describe("Bluesky handles under the city's domain", () => {
  it('answers the DID of the registered handle', () => {
    expect(blueskyDidForHost('Kirjasto.Pieksamaki.fi', profile(), 'pieksamaki.fi', '2026-11-24')).toBe(did);
  });

  it('never vouches for a host outside the city domain', () => {
    expect(blueskyDidForHost('kirjasto.example.fi', profile({ handle: 'kirjasto.example.fi' }), 'pieksamaki.fi', '2026-11-24')).toBeNull();
    expect(blueskyDidForHost('evilpieksamaki.fi', profile({ handle: 'evilpieksamaki.fi' }), 'pieksamaki.fi', '2026-11-24')).toBeNull();
  });

  it('stops vouching once the profile is closed', () => {
    const closed = profile({ status: 'closed', closingDate: '2026-01-01', closingReason: 'x', successorUrl: 'https://pieksamaki.fi' });
    expect(blueskyDidForHost('kirjasto.pieksamaki.fi', closed, 'pieksamaki.fi', '2026-11-24')).toBeNull();
  });

  it('answers nothing without a DID', () => {
    expect(blueskyDidForHost('kirjasto.pieksamaki.fi', profile({ platformId: null }), 'pieksamaki.fi', '2026-11-24')).toBeNull();
  });
});
