import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { registeredKeys } from '../domain/normalise';
import { platforms } from '../domain/platforms';
import { checkProfileRules, errorsOf } from '../domain/rules';
import { parseImportFile } from '../exchange';
import { demoDocument } from './data';

const now = new Date('2026-11-24T10:00:00Z');

describe('demo data', () => {
  for (const env of [{}, { CITY_NAME: 'Mikkeli', CITY_WEB_DOMAIN: 'mikkeli.fi', CITY_EMAIL_DOMAIN: 'mikkeli.fi' }]) {
    const city = loadConfig(env).city;
    describe(`for ${city.name.fi}`, () => {
      const document = demoDocument(city, now);
      const parsed = parseImportFile(JSON.stringify(document));

      it('is a valid export document', () => {
        expect(parsed.ok).toBe(true);
      });

      it('meets every policy rule (P2, P3, E5, O4, O8)', () => {
        if (!parsed.ok) return;
        for (const { profile } of parsed.rows) {
          const details = {
            ...profile,
            url: profile.url!,
            handle: profile.handle ?? null,
            platformId: profile.platformId ?? null,
            unitId: profile.unitId ?? null,
            purpose: { fi: profile.purpose?.fi ?? '', sv: profile.purpose?.sv ?? '', en: profile.purpose?.en ?? '' },
            administrators: profile.administrators ?? [],
            contactEmail: profile.contactEmail ?? null,
            employeeName: profile.employeeName ?? null,
            employeeTitle: profile.employeeTitle ?? null,
            closingDate: profile.closingDate ?? null,
            closingReason: profile.closingReason ?? null,
            successorProfileId: profile.successorProfileId ?? null,
            successorUrl: profile.successorUrl ?? null,
          };
          expect(checkProfileRules(details, { emailDomain: city.emailDomain }), profile.displayName).toEqual([]);
          expect(errorsOf(checkProfileRules(details, { emailDomain: city.emailDomain }))).toEqual([]);
        }
      });

      it('looks like a city: units on several levels, both kinds of profile (P1), every platform, one closing and two closed', () => {
        expect(document.units.length).toBeGreaterThanOrEqual(8);
        expect(new Set(document.units.map((u) => u.level)).size).toBeGreaterThanOrEqual(3);
        const profiles = document.profiles as { kind: string; platform: string; status: string; contactEmail: string; unitId: string }[];
        expect(profiles.length).toBeGreaterThanOrEqual(24);
        expect(new Set(profiles.map((p) => p.kind))).toEqual(new Set(['organisation', 'expert']));
        expect(new Set(profiles.map((p) => p.platform))).toEqual(new Set(platforms));
        expect(profiles.filter((p) => p.status === 'closing')).toHaveLength(1);
        expect(profiles.filter((p) => p.status === 'closed')).toHaveLength(2);
        expect(profiles.every((p) => p.contactEmail.endsWith(`@${city.emailDomain}`))).toBe(true);
        expect(profiles.every((p) => document.units.some((u) => u.id === p.unitId))).toBe(true);
      });

      it('gives no two profiles the same address', () => {
        if (!parsed.ok) return;
        const seen = new Map<string, string>();
        for (const { profile } of parsed.rows) {
          const keys = registeredKeys({ platform: profile.platform, url: profile.url ?? null, handle: profile.handle ?? null, platformId: profile.platformId ?? null });
          expect(keys.length, profile.displayName).toBeGreaterThan(0);
          for (const key of keys) {
            const id = `${profile.platform} ${key}`;
            expect(seen.get(id), id).toBeUndefined();
            seen.set(id, profile.displayName);
          }
        }
      });
    });
  }
});
