import { describe, expect, it } from 'vitest';
import { absenceOn, absenceProblems, type Absence } from './absence';

const absence = (overrides: Partial<Absence> = {}): Absence => ({
  startsOn: '2026-12-20',
  endsOn: '2027-01-06',
  substitute: '',
  awayMessage: 'Olen lomalla 6.1. asti. Kiireellisissä asioissa ota yhteyttä nuorisotoimistoon.',
  showPublicly: true,
  ...overrides,
});

describe("an expert's absence (policy rule E4)", () => {
  it('needs a substitute or an away message, so followers are not left without an answer', () => {
    expect(absenceProblems(absence(), '2026-11-26')).toEqual([]);
    expect(absenceProblems(absence({ awayMessage: '', substitute: 'Matti Virtanen, nuorisosihteeri' }), '2026-11-26')).toEqual([]);
    expect(absenceProblems(absence({ awayMessage: ' ' }), '2026-11-26')).toEqual([{ field: 'substitute', code: 'coverRequired' }]);
  });

  it('refuses an end before the start, and an absence already over', () => {
    expect(absenceProblems(absence({ endsOn: '2026-12-19' }), '2026-11-26')).toEqual([{ field: 'endsOn', code: 'endsBeforeStart' }]);
    expect(absenceProblems(absence({ startsOn: '2026-10-01', endsOn: '2026-10-10' }), '2026-11-26')).toEqual([{ field: 'endsOn', code: 'inPast' }]);
  });

  it('finds the absence in force on a day', () => {
    const list = [absence(), absence({ startsOn: '2027-01-01', endsOn: '2027-01-10' })];
    expect(absenceOn(list, '2026-12-19')).toBeNull();
    expect(absenceOn(list, '2026-12-24')!.endsOn).toBe('2027-01-06');
    expect(absenceOn(list, '2027-01-02')!.endsOn).toBe('2027-01-10');
  });
});
