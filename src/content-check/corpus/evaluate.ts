import { verdictOf, type Verdict } from '../domain/check';
import { findingTypes, type Finding, type FindingType } from '../domain/finding';
import { expectedFindings, expectedVerdict, type LabelledPost } from './labels';

// Precision and recall of the check on the labelled corpus. A finding matches a label when their
// types are equal and their spans overlap: a label of "Keskuskatu 5 B 12, 76100 Pieksämäki" is
// found by a finding of "Keskuskatu 5 B 12". Counted both ways, so that neither a long label nor
// a split finding is counted twice against the check:
//
//   precision  the findings that match some label, of all findings
//   recall     the labels that some finding matches, of all labels
//
// With nothing to count, a figure is 1: no findings, none wrong; no labels, none missed.

export interface Span {
  start: number;
  end: number;
}

export interface Score {
  /** Labels, and those that some finding matches. */
  labels: number;
  found: number;
  /** Findings, and those that match some label. */
  findings: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PostOutcome {
  post: LabelledPost;
  expected: Finding[];
  found: Finding[];
  /** Labels no finding matched. */
  missed: Finding[];
  /** Findings that match no label. */
  spurious: Finding[];
  expectedVerdict: Verdict;
  /** The verdict by the findings alone (media and quotations left out, as the labels leave them out). */
  verdict: Verdict;
}

export interface CorpusEvaluation {
  posts: number;
  byType: Record<FindingType, Score>;
  /** All types together, each finding and label counted once. */
  overall: Score;
  /** Whether anything was flagged at a label, of whatever type: what masking a post would hide. */
  anyType: Score;
  verdicts: { agree: number; total: number; confusion: Record<Verdict, Record<Verdict, number>> };
  outcomes: PostOutcome[];
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function score(labels: number, found: number, findings: number, correct: number): Score {
  const precision = ratio(correct, findings);
  const recall = ratio(found, labels);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { labels, found, findings, correct, precision, recall, f1 };
}

interface Counts {
  labels: number;
  found: number;
  findings: number;
  correct: number;
}

const zero = (): Counts => ({ labels: 0, found: 0, findings: 0, correct: 0 });
const scoreOf = (c: Counts): Score => score(c.labels, c.found, c.findings, c.correct);

function severity(verdict: Verdict): number {
  return verdict === 'do-not-publish' ? 2 : verdict === 'review' ? 1 : 0;
}

/** Precision and recall of `check` (the findings of one post) on the labelled posts, per type and overall. */
export function evaluateCorpus(posts: readonly LabelledPost[], check: (post: LabelledPost) => readonly Finding[]): CorpusEvaluation {
  const byType = new Map<FindingType, Counts>(findingTypes.map((type) => [type, zero()]));
  const overall = zero();
  const anyType = zero();
  const verdictsOf = () => ({ ok: 0, review: 0, 'do-not-publish': 0 });
  const confusion: Record<Verdict, Record<Verdict, number>> = { ok: verdictsOf(), review: verdictsOf(), 'do-not-publish': verdictsOf() };
  let agree = 0;
  const outcomes: PostOutcome[] = [];

  for (const post of posts) {
    const expected = expectedFindings(post);
    const found = [...check(post)];
    const matches = (a: Finding, b: Finding) => a.type === b.type && overlaps(a, b);
    const missed = expected.filter((label) => !found.some((f) => matches(f, label)));
    const spurious = found.filter((f) => !expected.some((label) => matches(f, label)));
    for (const label of expected) {
      const counts = byType.get(label.type)!;
      const hit = !missed.includes(label);
      counts.labels++;
      overall.labels++;
      anyType.labels++;
      if (hit) {
        counts.found++;
        overall.found++;
      }
      if (found.some((f) => overlaps(f, label))) anyType.found++;
    }
    for (const f of found) {
      const counts = byType.get(f.type)!;
      const right = !spurious.includes(f);
      counts.findings++;
      overall.findings++;
      anyType.findings++;
      if (right) {
        counts.correct++;
        overall.correct++;
      }
      if (expected.some((label) => overlaps(f, label))) anyType.correct++;
    }
    const wanted = expectedVerdict(post);
    const verdict = verdictOf(found, [], []);
    confusion[wanted][verdict]++;
    if (wanted === verdict) agree++;
    outcomes.push({ post, expected, found, missed, spurious, expectedVerdict: wanted, verdict });
  }

  return {
    posts: posts.length,
    byType: Object.fromEntries(findingTypes.map((type) => [type, scoreOf(byType.get(type)!)])) as Record<FindingType, Score>,
    overall: scoreOf(overall),
    anyType: scoreOf(anyType),
    verdicts: { agree, total: posts.length, confusion },
    outcomes,
  };
}

/** Posts whose verdict by the findings is milder than the labels call for: the ones that would slip through. */
export function milderVerdicts(evaluation: CorpusEvaluation): PostOutcome[] {
  return evaluation.outcomes.filter((o) => severity(o.verdict) < severity(o.expectedVerdict));
}

/**
 * How much of the labelled data a redactor that only marks spans (of no type of ours) covers: a label
 * is covered when a marked span overlaps it; a span that overlaps no label is marked needlessly.
 * For comparing with another redactor; per label type, recall only.
 */
export function evaluateCoverage(
  posts: readonly LabelledPost[],
  spansOf: (post: LabelledPost) => readonly Span[],
  include: (post: LabelledPost) => boolean = () => true,
): { overall: Score; recallByType: Record<FindingType, Score> } {
  const byType = new Map<FindingType, Counts>(findingTypes.map((type) => [type, zero()]));
  const overall = zero();
  for (const post of posts) {
    if (!include(post)) continue;
    const expected = expectedFindings(post);
    const spans = spansOf(post);
    for (const label of expected) {
      const counts = byType.get(label.type)!;
      const hit = spans.some((s) => overlaps(s, label));
      counts.labels++;
      overall.labels++;
      if (hit) {
        counts.found++;
        overall.found++;
      }
    }
    for (const span of spans) {
      overall.findings++;
      if (expected.some((label) => overlaps(span, label))) overall.correct++;
    }
  }
  return {
    overall: scoreOf(overall),
    recallByType: Object.fromEntries(findingTypes.map((type) => [type, scoreOf(byType.get(type)!)])) as Record<FindingType, Score>,
  };
}
