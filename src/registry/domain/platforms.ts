// The platforms the registry knows. `other` covers any web address we have no special rules for.
export const platforms = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'linkedin',
  'tiktok',
  'mastodon',
  'bluesky',
  'threads',
  'other',
] as const;

export type Platform = (typeof platforms)[number];

export function isPlatform(value: string): value is Platform {
  return (platforms as readonly string[]).includes(value);
}
