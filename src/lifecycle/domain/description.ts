import type { ProposedAdministrator } from './proposal';

// The profile's own description (policy rule O4): its purpose, its administrators by name and job
// title, and where to check that it is the city's — within the platform's length limit.

export interface DescriptionParts {
  /** The sentence frame in the reader's language, with {{purpose}}, {{administrators}}, {{link}}. */
  template: string;
  purpose: string;
  administrators: ProposedAdministrator[];
  registryLink: string;
  /** The platform's limit in characters; null when unknown. */
  limit: number | null;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** Shortens text at a word boundary, marking the cut with an ellipsis. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  if (length <= 1) return '';
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A suggested description. When it does not fit, the purpose is shortened first, then the job
 * titles go, then the names; the link to the registry always stays, since it is what lets a
 * resident verify the profile (P5).
 */
export function suggestDescription(parts: DescriptionParts): string {
  const withTitles = parts.administrators.map((a) => `${a.name} (${a.jobTitle})`).join(', ');
  const namesOnly = parts.administrators.map((a) => a.name).join(', ');
  const attempts = [withTitles, namesOnly, ''];
  for (const administrators of attempts) {
    const full = fill(parts.template, { purpose: parts.purpose, administrators, link: parts.registryLink });
    if (parts.limit === null || full.length <= parts.limit) return full;
    const withoutPurpose = fill(parts.template, { purpose: '', administrators, link: parts.registryLink });
    const room = parts.limit - withoutPurpose.length;
    if (room >= 20) return fill(parts.template, { purpose: shorten(parts.purpose, room), administrators, link: parts.registryLink });
  }
  return shorten(parts.registryLink, parts.limit ?? parts.registryLink.length);
}
