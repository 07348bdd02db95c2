import { scanDraft } from './draft-scan';
import { byPlace, findingTypes, sortFindings, type Finding, type FindingType } from './finding';

// The check of a draft before publishing (P8, P9, P10, O10): what the detectors found, what the
// attached media lack, and the verdict. "If in doubt, don't publish": data that must never be
// published stops the draft, anything else personal asks for a second look.

export const verdicts = ['ok', 'review', 'do-not-publish'] as const;
export type Verdict = (typeof verdicts)[number];

/** Findings that stop a draft: a person's identity code, their health, or a marker of secrecy. */
export const neverPublished: readonly FindingType[] = ['FI_HETU', 'HEALTH', 'CONFIDENTIAL'];

export const mediaKinds = ['image', 'audio', 'video'] as const;
export type MediaKind = (typeof mediaKinds)[number];

/** Where the right to use a picture, a recording or a video comes from (P10, O10). */
export const mediaSources = ['own-work', 'licence', 'permission'] as const;
export type MediaSource = (typeof mediaSources)[number];

export interface MediaItem {
  kind: MediaKind;
  /** A file name or a short description, to tell the items apart. */
  name: string;
  source: MediaSource | null;
  /** The licence by name (CC BY 4.0, the image bank's terms), for `licence`. */
  licence: string;
  /** Who gave permission, for `permission`. */
  permissionFrom: string;
  /** The credit line shown with the item (Kuva: Matti Meikäläinen). */
  credit: string;
}

export const mediaProblems = ['source-missing', 'licence-missing', 'permission-missing', 'credit-missing'] as const;
export type MediaProblem = (typeof mediaProblems)[number];

export interface MediaFinding {
  /** The item's place in the list given. */
  index: number;
  problem: MediaProblem;
}

/** Text quoted from elsewhere without saying where from: O10 asks for the source. */
export interface QuoteFinding {
  start: number;
  end: number;
}

export interface CheckInput {
  text: string;
  media?: readonly MediaItem[];
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  media: MediaFinding[];
  quotes: QuoteFinding[];
  /** The text with every finding replaced by its type, to copy and publish. */
  masked: string;
}

export type Detector = (text: string) => Finding[];

export interface CheckRules {
  detectors: readonly Detector[];
  /** The city's own public contact details: e-mail and street addresses and numbers meant to be published. */
  publicContacts: readonly string[];
}

const priority = new Map(findingTypes.map((type, i) => [type, i]));

const byWeight = (a: Finding, b: Finding): number =>
  b.end - b.start - (a.end - a.start) || priority.get(a.type)! - priority.get(b.type)! || a.start - b.start;

/**
 * Where findings overlap, the wider one stands (an e-mail address is not also a name); of two
 * equally wide, the one first in `findingTypes`. In the order of the text.
 *
 * Only findings that overlap can take each other's place, so the text is cut where no finding
 * spans the cut, and each run of overlapping findings is settled on its own: most drafts have
 * none, and the work stays near linear however many findings a long text holds.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  return settleOverlaps(findings.slice());
}

/** resolveOverlaps on a list of the caller's own, which is sorted in place. */
function settleOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const ordered = sortFindings(findings, byPlace);
  // In most drafts nothing overlaps: the findings stand as they are.
  let overlapping = false;
  for (let i = 1, end = ordered[0]!.end; i < ordered.length && !overlapping; i++) {
    overlapping = ordered[i]!.start < end;
    if (ordered[i]!.end > end) end = ordered[i]!.end;
  }
  if (!overlapping) return ordered;
  const kept: Finding[] = [];
  let runStart = 0;
  let runEnd = -1;
  for (let i = 0; i <= ordered.length; i++) {
    const f = ordered[i];
    if (f && f.start < runEnd) {
      runEnd = Math.max(runEnd, f.end);
      continue;
    }
    if (i - runStart === 1) kept.push(ordered[runStart]!);
    else if (i - runStart > 1) kept.push(...settleRun(ordered.slice(runStart, i)));
    runStart = i;
    runEnd = f ? f.end : -1;
  }
  return kept;
}

/** The findings of one run of overlapping ones that stand: the widest first, each unless it overlaps one kept. */
function settleRun(run: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of sortFindings(run, byWeight)) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return sortFindings(kept, byPlace);
}

/** The @ of an e-mail address written out: matti(at)pieksamaki.fi. */
const spelledAt = /\s*[(\[]at[)\]]\s*/;

/** A phone number or an e-mail address as compared with the city's public ones. */
export function contactKey(value: string): string {
  const trimmed = value.trim().toLowerCase().replace(spelledAt, '@');
  if (trimmed.includes('@')) return trimmed;
  // "+358 (0)15 …" keeps the trunk zero in brackets: it is not dialled from abroad.
  const digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  const national = digits.startsWith('+358') ? digits.slice(4) : digits.startsWith('00358') ? digits.slice(5) : null;
  if (national === null) return digits;
  return national.startsWith('0') ? national : `0${national}`;
}

/** A street address as compared with the city's public ones: "Keskuskatu 5" covers "Keskuskatu 5 A, 76100 …". */
function isPublicAddress(found: string, publicOnes: readonly string[]): boolean {
  const key = found.toLowerCase().replace(/\s+/g, ' ').trim();
  return publicOnes.some((p) => key.startsWith(p) && !/[\p{L}\p{N}]/u.test(key.charAt(p.length)));
}

export function mediaFindings(media: readonly MediaItem[]): MediaFinding[] {
  const found: MediaFinding[] = [];
  for (let index = 0; index < media.length; index++) {
    const item = media[index]!;
    if (item.source === null) found.push({ index, problem: 'source-missing' });
    else if (item.source === 'licence' && !item.licence.trim()) found.push({ index, problem: 'licence-missing' });
    else if (item.source === 'permission' && !item.permissionFrom.trim()) found.push({ index, problem: 'permission-missing' });
    // One's own picture needs no credit line; everyone else's does.
    if (item.source !== 'own-work' && !item.credit.trim()) found.push({ index, problem: 'credit-missing' });
  }
  return found;
}

/** A quotation this long is someone else's text, whose source O10 asks for. */
const longestOwnQuote = 59;
const sourceCue = /\b(?:lähde|lähteet|mukaan|kertoo|sanoo|toteaa|källa|enligt|säger|source|according to|says|said)\b|[—–]\s*\p{Lu}/iu;
const cueReach = 80;

/**
 * Quotations of 60 characters or more with no source named just before or after them. A quotation
 * runs from a quotation mark of fi, sv or en (" “ ” « ») to the next one, on one line.
 */
export function unsourcedQuotes(text: string): QuoteFinding[] {
  const found: QuoteFinding[] = [];
  const { quotes } = scanDraft(text);
  for (let k = 0; k + 1 < quotes.count; k++) {
    const start = quotes.values[k]!;
    const close = quotes.values[k + 1]!;
    if (close - start - 1 <= longestOwnQuote) continue;
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak >= 0 && lineBreak < close) continue;
    const end = close + 1;
    const around = text.slice(Math.max(0, start - cueReach), start) + ' ' + text.slice(end, end + cueReach);
    if (!sourceCue.test(around)) found.push({ start, end });
    // The closing mark opens no quotation.
    k++;
  }
  return found;
}

export function verdictOf(findings: readonly Finding[], media: readonly MediaFinding[], quotes: readonly QuoteFinding[]): Verdict {
  for (const f of findings) if (neverPublished.includes(f.type)) return 'do-not-publish';
  if (findings.length > 0 || media.length > 0 || quotes.length > 0) return 'review';
  return 'ok';
}

/** What stands in the masked text in place of a finding of each type: [FI_HETU]. */
const maskOf = Object.fromEntries(findingTypes.map((type) => [type, `[${type}]`])) as Record<FindingType, string>;

export function maskText(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return text;
  let masked = text.slice(0, findings[0]!.start);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    masked += maskOf[f.type];
    const next = i + 1 < findings.length ? findings[i + 1]!.start : text.length;
    if (next > f.end) masked += text.slice(f.end, next);
  }
  return masked;
}

// The city's contacts are the same for every draft: compared in their prepared form, made once.
interface PreparedContacts {
  publicKeys: Set<string>;
  publicAddresses: string[];
  /** What was decided of numbers and addresses seen before: a city's drafts repeat its own contacts. */
  decided: Map<string, boolean>;
  decidedAddresses: Map<string, boolean>;
}
const decidedLimit = 10_000;
const prepared = new WeakMap<readonly string[], PreparedContacts>();
function preparedContacts(contacts: readonly string[]): PreparedContacts {
  let entry = prepared.get(contacts);
  if (!entry) {
    entry = {
      publicKeys: new Set(contacts.map(contactKey)),
      publicAddresses: contacts.filter((c) => /\p{L}/u.test(c) && !c.includes('@')).map((c) => c.toLowerCase().replace(/\s+/g, ' ').trim()),
      decided: new Map(),
      decidedAddresses: new Map(),
    };
    prepared.set(contacts, entry);
  }
  return entry;
}

/** Whether a finding is one of the city's own contact details, meant to be published. */
function isPublicContact(f: Finding, contacts: PreparedContacts): boolean {
  const number = f.type === 'EMAIL' || f.type === 'PHONE';
  if (!number && f.type !== 'ADDRESS') return false;
  const decided = number ? contacts.decided : contacts.decidedAddresses;
  let isPublic = decided.get(f.text);
  if (isPublic === undefined) {
    isPublic = number ? contacts.publicKeys.has(contactKey(f.text)) : isPublicAddress(f.text, contacts.publicAddresses);
    if (decided.size >= decidedLimit) decided.clear();
    decided.set(f.text, isPublic);
  }
  return isPublic;
}

/** The whole check of one draft. */
/**
 * The detectors' findings of the draft being checked, before overlaps are settled: one list kept
 * for all drafts, so that a check allocates only the list it returns.
 */
const detected: Finding[] = [];

export function checkContent(input: CheckInput, rules: CheckRules): CheckResult {
  const contacts = preparedContacts(rules.publicContacts);
  let count = 0;
  for (const detect of rules.detectors) {
    const found = detect(input.text);
    for (let i = 0; i < found.length; i++) if (!isPublicContact(found[i]!, contacts)) detected[count++] = found[i]!;
  }
  const findings = settleOverlaps(detected.slice(0, count));
  const media = input.media?.length ? mediaFindings(input.media) : [];
  const quotes = unsourcedQuotes(input.text);
  return { verdict: verdictOf(findings, media, quotes), findings, media, quotes, masked: maskText(input.text, findings) };
}
