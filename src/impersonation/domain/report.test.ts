import { describe, expect, it } from 'vitest';
import { checkReport, isEvidenceLink, type ReportForm } from './report';

const form = (overrides: Partial<ReportForm> = {}): ReportForm => ({
  address: 'https://www.instagram.com/pieksamaki_virallinen/',
  platform: '',
  description: 'Profiili käyttää kaupungin logoa ja pyytää rahaa.',
  evidence: '',
  shownName: '',
  contactEmail: '',
  ...overrides,
});

describe('what a report of a fake profile must hold (policy rule P6)', () => {
  it('accepts an address and what is wrong, and reads the address with the registry’s rules', () => {
    const result = checkReport(form());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.address).toMatchObject({ platform: 'instagram', keys: ['handle:pieksamaki_virallinen'] });
    expect(result.report.contactEmail).toBeNull();
    expect(result.report.shownName).toBeNull();
  });

  it('requires the address, and names the problem with it', () => {
    expect(checkReport(form({ address: '' }))).toEqual({ ok: false, problems: [{ field: 'address', code: 'empty' }] });
    expect(checkReport(form({ address: 'javascript:alert(1)' }))).toEqual({ ok: false, problems: [{ field: 'address', code: 'not-an-address' }] });
  });

  it('needs the platform for a bare handle, and takes it from the form', () => {
    expect(checkReport(form({ address: '@pieksamaki_virallinen' }))).toEqual({ ok: false, problems: [{ field: 'address', code: 'needs-platform' }] });
    const result = checkReport(form({ address: '@pmk_virallinen', platform: 'x' }));
    expect(result.ok && result.report.address).toMatchObject({ platform: 'x', keys: ['handle:pmk_virallinen'] });
  });

  it('points a platform that contradicts the address, or is unknown, at the platform field', () => {
    expect(checkReport(form({ platform: 'facebook' }))).toEqual({ ok: false, problems: [{ field: 'platform', code: 'platform-mismatch' }] });
    expect(checkReport(form({ platform: 'myspace' })).ok).toBe(false);
    expect(checkReport(form({ platform: 'myspace' }))).toMatchObject({ problems: [{ field: 'platform', code: 'unknown-platform' }] });
  });

  it('requires what is wrong, within the length limit', () => {
    expect(checkReport(form({ description: '  ' }))).toEqual({ ok: false, problems: [{ field: 'description', code: 'required' }] });
    expect(checkReport(form({ description: 'x'.repeat(2001) }))).toEqual({ ok: false, problems: [{ field: 'description', code: 'too-long', max: 2000 }] });
  });

  it('takes up to five evidence links, http(s) only, one per line', () => {
    const ok = checkReport(form({ evidence: 'https://www.instagram.com/p/abc/\r\n\r\nhttp://kuvat.example.fi/kaappaus.png\n' }));
    expect(ok.ok && ok.report.evidence).toEqual(['https://www.instagram.com/p/abc/', 'http://kuvat.example.fi/kaappaus.png']);
    const six = Array.from({ length: 6 }, (_, i) => `https://example.fi/${i}`).join('\n');
    expect(checkReport(form({ evidence: six }))).toEqual({ ok: false, problems: [{ field: 'evidence', code: 'too-many', max: 5 }] });
    expect(checkReport(form({ evidence: 'https://example.fi/a\njavascript:alert(1)' }))).toEqual({ ok: false, problems: [{ field: 'evidence', code: 'not-a-link', line: 2 }] });
    expect(checkReport(form({ evidence: `https://example.fi/${'a'.repeat(2048)}` }))).toEqual({ ok: false, problems: [{ field: 'evidence', code: 'too-long', line: 1 }] });
  });

  it('takes an optional contact address only when it looks like one', () => {
    const ok = checkReport(form({ contactEmail: ' Asukas.Aktiivinen@example.fi ' }));
    expect(ok.ok && ok.report.contactEmail).toBe('Asukas.Aktiivinen@example.fi');
    for (const bad of ['asukas', 'asukas@', 'asukas@example', 'a b@example.fi', `${'a'.repeat(250)}@example.fi`]) {
      expect(checkReport(form({ contactEmail: bad })), bad).toEqual({ ok: false, problems: [{ field: 'contactEmail', code: 'invalid-email' }] });
    }
  });

  it('takes the name shown on the profile, within its limit', () => {
    const ok = checkReport(form({ shownName: ' Pieksämäen kaupunki ' }));
    expect(ok.ok && ok.report.shownName).toBe('Pieksämäen kaupunki');
    expect(checkReport(form({ shownName: 'x'.repeat(201) }))).toEqual({ ok: false, problems: [{ field: 'shownName', code: 'too-long', max: 200 }] });
  });

  it('names every problem at once', () => {
    const result = checkReport(form({ address: '', description: '', contactEmail: 'x' }));
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['address', 'description', 'contactEmail']);
  });
});

describe('evidence links', () => {
  it('are web addresses with a host', () => {
    expect(isEvidenceLink('https://example.fi/x')).toBe(true);
    expect(isEvidenceLink('HTTPS://EXAMPLE.FI/x')).toBe(true);
    expect(isEvidenceLink('ftp://example.fi/x')).toBe(false);
    expect(isEvidenceLink('data:text/html,hi')).toBe(false);
    expect(isEvidenceLink('https://localhost/x')).toBe(false);
    expect(isEvidenceLink('example.fi/x')).toBe(false);
  });
});
