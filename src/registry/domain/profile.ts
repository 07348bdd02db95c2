import type { Platform } from './platforms';

export const profileKinds = ['organisation', 'expert'] as const;
export type ProfileKind = (typeof profileKinds)[number];

export const profileStatuses = ['active', 'closing', 'closed'] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

export const unitLevels = ['sector', 'service_area', 'unit', 'team'] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export type Localised = Record<Language, string>;

export interface Unit {
  id: string;
  parentId: string | null;
  level: UnitLevel;
  name: Localised;
}

/** A person who runs a profile, shown on the profile with their job title (policy rule O4). */
export interface Administrator {
  name: string;
  jobTitle: string;
}

/** What a registry entry says about one official profile, apart from its bookkeeping. */
export interface ProfileDetails {
  kind: ProfileKind;
  platform: Platform;
  url: string;
  handle: string | null;
  platformId: string | null;
  displayName: string;
  unitId: string | null;
  purpose: Localised;
  administrators: Administrator[];
  contactEmail: string | null;
  /** The employee an expert profile represents (P3, E5). */
  employeeName: string | null;
  employeeTitle: string | null;
  status: ProfileStatus;
  closingDate: string | null;
  closingReason: string | null;
  successorProfileId: string | null;
  successorUrl: string | null;
}

export interface Profile extends ProfileDetails {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  lastConfirmedAt: Date;
}

/**
 * The status a resident should see today. A profile announced as closing is closed from its
 * closing date on, even before any scheduled job has updated the stored row.
 */
export function effectiveStatus(profile: Pick<ProfileDetails, 'status' | 'closingDate'>, today: string): ProfileStatus {
  if (profile.status === 'closing' && profile.closingDate !== null && profile.closingDate <= today) return 'closed';
  return profile.status;
}

/** Today's date in the city's time zone, as YYYY-MM-DD. */
export function cityToday(now: Date = new Date(), timeZone = 'Europe/Helsinki'): string {
  // A formatter costs far more to make than to use, and verify asks for the day on every answer.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();
