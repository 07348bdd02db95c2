import { describe, expect, it } from 'vitest';
import { cityToday, effectiveStatus } from './profile';
import { verifyVerdict } from './verify';
import { buildProfile } from '../../../test/helpers/factories';

const stored = (overrides: Parameters<typeof buildProfile>[0]) => ({
  ...buildProfile(overrides),
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: new Date(),
  updatedAt: new Date(),
  lastConfirmedAt: new Date(),
});

describe('the status a resident sees', () => {
  it('is closed from the closing date on, even before the stored row changes (O8)', () => {
    const closing = { status: 'closing' as const, closingDate: '2026-12-01' };
    expect(effectiveStatus(closing, '2026-11-30')).toBe('closing');
    expect(effectiveStatus(closing, '2026-12-01')).toBe('closed');
  });

  it('counts the day in Helsinki, not in UTC', () => {
    expect(cityToday(new Date('2026-11-30T22:30:00Z'))).toBe('2026-12-01');
  });
});

describe('the verify verdict (policy rule P5)', () => {
  it('calls a closing profile still official until its closing date', () => {
    const p = stored({ status: 'closing', closingDate: '2026-12-01', closingReason: 'x', successorUrl: 'https://pieksamaki.fi' });
    expect(verifyVerdict(p, '2026-11-30')).toBe('official');
    expect(verifyVerdict(p, '2026-12-01')).toBe('closed');
  });

  it('never calls an unknown profile official', () => {
    expect(verifyVerdict(null, '2026-11-30')).toBe('not-registered');
  });
});
