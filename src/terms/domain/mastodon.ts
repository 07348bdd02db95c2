import { contentHash, isVersionLabel } from './catalogue';

// Each Mastodon server has terms of service of its own. From Mastodon 4.4 on, a server publishes
// them at GET /api/v1/instance/terms_of_service: { effective_date, effective, content (HTML),
// succeeded_by }. The effective date names the version.

export interface MastodonTerms {
  /** The version's label: the date the terms came or come into effect. */
  version: string;
  /** Whether the terms are in effect now; null when the server does not say. */
  effective: boolean | null;
  contentHash: string;
  /** The effective date of newer terms already announced, if any. */
  succeededBy: string | null;
}

/** Reads the server's answer; null when it is not the terms of service answer. */
export function parseMastodonTerms(body: unknown): MastodonTerms | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const answer = body as Record<string, unknown>;
  const date = answer.effective_date;
  if (typeof date !== 'string' || !isVersionLabel(date)) return null;
  if (typeof answer.content !== 'string') return null;
  const succeeded = answer.succeeded_by;
  return {
    version: date,
    effective: typeof answer.effective === 'boolean' ? answer.effective : null,
    contentHash: contentHash(answer.content),
    succeededBy: typeof succeeded === 'string' && isVersionLabel(succeeded) ? succeeded : null,
  };
}

export interface MastodonServer {
  host: string;
  /** The API address the terms are read from. */
  endpoint: string;
  /** The page where people read the terms. */
  termsPage: string;
}

/**
 * The server a typed address names: `somesi.fi`, `https://somesi.fi` or a profile's address on
 * it. Only public HTTPS servers by name on the standard port: the registry must not be made to
 * call addresses inside the city's network.
 */
export function mastodonServer(input: string): MastodonServer | null {
  const typed = input.trim();
  if (!typed || typed.length > 500) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(l))) return null;
  // No IP addresses, and no names that only the local network knows.
  if (/^\d+$/.test(labels[labels.length - 1]!) || ['localhost', 'local', 'internal', 'lan', 'home', 'corp', 'intranet'].includes(labels[labels.length - 1]!)) return null;
  return { host, endpoint: `https://${host}/api/v1/instance/terms_of_service`, termsPage: `https://${host}/terms-of-service` };
}
