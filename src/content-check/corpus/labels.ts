import { verdictOf, type Verdict } from '../domain/check';
import { findingAt, type Finding, type FindingType } from '../domain/finding';

// The labelled corpus of the check before publishing: posts and drafts of a city's social media
// in Finnish, Swedish and English, each with what a careful communications officer wants flagged
// in it. A label names the type and the text; its place is found in the post, so a label cannot
// point at the wrong characters. docs/content-check.md tells the labelling rules.

export type PostLanguage = 'fi' | 'sv' | 'en';

export const topics = [
  'library', 'youth', 'roadworks', 'events', 'jobs', 'council', 'customer', 'culture', 'sports', 'education', 'environment', 'welfare',
] as const;
export type Topic = (typeof topics)[number];

/** What a label says: this text (its `occurrence`th appearance, from 1) is data of this type. */
export interface ExpectedFinding {
  type: FindingType;
  text: string;
  occurrence?: number;
}

export interface LabelledPost {
  /** `fi-library-03`: language, topic, number. */
  id: string;
  lang: PostLanguage;
  topic: Topic;
  text: string;
  expected: ExpectedFinding[];
}

const label =
  (type: FindingType) =>
  (text: string, occurrence?: number): ExpectedFinding =>
    occurrence === undefined ? { type, text } : { type, text, occurrence };

export const hetu = label('FI_HETU');
export const iban = label('IBAN');
export const phone = label('PHONE');
export const email = label('EMAIL');
export const person = label('PERSON');
export const address = label('ADDRESS');
export const businessId = label('Y_TUNNUS');
export const plate = label('PLATE');
export const health = label('HEALTH');
export const confidential = label('CONFIDENTIAL');

/** Posts written so far per language and topic, so that posts of one language in several files are numbered on. */
const written = new Map<string, number>();

/**
 * The posts of one language, numbered per topic in the order written: `post('library', text, [...])`
 * is `fi-library-01`, or `fi-draft-library-01` in the series `draft`.
 */
export function postsIn(
  lang: PostLanguage,
  series?: string,
): { post: (topic: Topic, text: string, expected?: ExpectedFinding[]) => LabelledPost; posts: LabelledPost[] } {
  const posts: LabelledPost[] = [];
  const post = (topic: Topic, text: string, expected: ExpectedFinding[] = []): LabelledPost => {
    const key = series ? `${lang}-${series}-${topic}` : `${lang}-${topic}`;
    const n = (written.get(key) ?? 0) + 1;
    written.set(key, n);
    const labelled: LabelledPost = { id: `${key}-${String(n).padStart(2, '0')}`, lang, topic, text, expected };
    posts.push(labelled);
    return labelled;
  };
  return { post, posts };
}

/** The labels of a post as findings, at their places in its text; throws when a label's text is not there. */
export function expectedFindings(post: LabelledPost): Finding[] {
  return post.expected
    .map((e) => {
      const occurrence = e.occurrence ?? 1;
      let at = -1;
      for (let k = 0; k < occurrence; k++) {
        at = post.text.indexOf(e.text, at + 1);
        if (at < 0) throw new Error(`corpus ${post.id}: "${e.text}" (${occurrence}.) is not in the text`);
      }
      return findingAt(post.text, e.type, at, at + e.text.length);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The verdict the labels call for, by the findings alone (no media, no quotations). */
export function expectedVerdict(post: LabelledPost): Verdict {
  return verdictOf(expectedFindings(post), [], []);
}
