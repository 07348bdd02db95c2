import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../test/helpers/factories';
import { checkProfileRules, errorsOf, personalAddressLocalParts } from './rules';

const city = { emailDomain: 'pieksamaki.fi' };
const codes = (overrides: Parameters<typeof buildProfile>[0]) =>
  errorsOf(checkProfileRules(buildProfile(overrides), city)).map((v) => `${v.field}:${v.code}`);
const gaps = (overrides: Parameters<typeof buildProfile>[0]) =>
  checkProfileRules(buildProfile(overrides), city)
    .filter((v) => v.severity === 'gap')
    .map((v) => v.field);

describe('registry entry rules', () => {
  it('accepts a complete organisation profile', () => {
    expect(checkProfileRules(buildProfile(), city)).toEqual([]);
  });

  describe('contact address (policy rules P2, P3, E5)', () => {
    it('requires the city email domain (P2)', () => {
      expect(codes({ contactEmail: 'nuoriso@gmail.com' })).toEqual(['contactEmail:rules.emailNotCityDomain']);
    });

    it("refuses an administrator's own address on an organisation profile (P2)", () => {
      expect(codes({ contactEmail: 'seija.laitinen@pieksamaki.fi' })).toEqual(['contactEmail:rules.organisationNeedsSharedMailbox']);
    });

    it("requires the employee's own city address on an expert profile (P3, E5)", () => {
      const expert = {
        kind: 'expert' as const,
        employeeName: 'Seija Laitinen',
        employeeTitle: 'nuoriso-ohjaaja',
        administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }],
      };
      expect(codes({ ...expert, contactEmail: 'seija.laitinen@pieksamaki.fi' })).toEqual([]);
      expect(codes({ ...expert, contactEmail: 'nuoriso@pieksamaki.fi' })).toEqual(['contactEmail:rules.expertNeedsOwnAddress']);
    });

    it('requires an expert profile to name its employee (P3)', () => {
      expect(codes({ kind: 'expert', employeeName: null, contactEmail: 'seija.laitinen@pieksamaki.fi' })).toContain(
        'employeeName:rules.expertNeedsEmployee',
      );
    });

    it('writes Finnish letters without dots in the address (Mäkelä → makela)', () => {
      expect(personalAddressLocalParts('Pirjo-Liisa Mäkelä')).toContain('pirjo-liisa.makela');
      expect(personalAddressLocalParts('Åsa Öhman')).toContain('asa.ohman');
      expect(personalAddressLocalParts('Anna Maria Korhonen')).toEqual(['anna.korhonen', 'anna.maria.korhonen']);
    });
  });

  describe('administrators and purpose (policy rule O4)', () => {
    it('reports missing administrators and purpose as gaps, not errors, so a first import can list profiles', () => {
      expect(gaps({ administrators: [], purpose: { fi: '', sv: '', en: '' }, contactEmail: null })).toEqual([
        'purpose.fi',
        'administrators',
        'contactEmail',
      ]);
      expect(codes({ administrators: [], purpose: { fi: '', sv: '', en: '' }, contactEmail: null })).toEqual([]);
    });

    it('requires a job title for every named administrator (O4)', () => {
      expect(codes({ administrators: [{ name: 'Matti Virtanen', jobTitle: '' }] })).toEqual(['administrators.0.jobTitle:rules.required']);
    });
  });

  describe('closing (policy rule O8)', () => {
    it('requires a closing date, a reason and where to go instead', () => {
      expect(codes({ status: 'closing' })).toEqual([
        'closingDate:rules.closingNeedsDate',
        'closingReason:rules.closingNeedsReason',
        'successorUrl:rules.closingNeedsSuccessor',
      ]);
      expect(codes({ status: 'closed', closingDate: '2026-01-31', closingReason: 'Palvelu päättyi', successorUrl: 'https://www.pieksamaki.fi' })).toEqual([]);
    });

    it('refuses closing details on an active profile', () => {
      expect(codes({ closingDate: '2026-01-31' })).toEqual(['status:rules.activeHasNoClosing']);
    });
  });

  describe('address', () => {
    it('refuses a handle that names another account than the URL', () => {
      expect(codes({ url: 'https://www.instagram.com/pieksamaki/', handle: 'pieksamaki_fake' })).toEqual(['handle:rules.handleMismatch']);
    });

    it("refuses a permanent id that names another account than the URL's", () => {
      const channel = 'UC1a2B3c4D5e6F7g8H9i0JkL';
      const youtube = { platform: 'youtube' as const, url: `https://www.youtube.com/channel/${channel}`, handle: null };
      expect(codes({ ...youtube, platformId: channel })).toEqual([]);
      expect(codes({ ...youtube, platformId: 'UCzzzzzzzzzzzzzzzzzzzzzz' })).toEqual(['platformId:rules.platformIdMismatch']);
    });

    it('refuses an address on another platform than the one given', () => {
      expect(codes({ platform: 'x', url: 'https://www.instagram.com/pieksamaki/', handle: null })).toEqual([
        'url:address.platform-mismatch',
        'url:address.not-an-address',
      ]);
    });
  });
});
