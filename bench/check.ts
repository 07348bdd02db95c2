// npm run bench:check — the check before publishing on about 10 MB of drafts made from the labelled
// corpus (src/content-check/corpus/), one draft at a time on one core: checkContent with the
// default detectors and the npm package redact-pii (its local SyncRedactor) on the same drafts,
// timed in turns, with the ratio of the two; then the one pass over a draft and each detector's
// own work after it. Then how much of the corpus's
// labelled data each of them marks. docs/content-check.md quotes its numbers.
//
// BENCH_BYTES changes the size of the drafts (default 10,000,000 UTF-8 bytes), BENCH_RUNS the
// timed rounds (default 5). Where taskset exists, the run is pinned to one CPU.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SyncRedactor } from 'redact-pii';
import { evaluateCoverage, type Span } from '../src/content-check/corpus/evaluate';
import { corpusPublicContacts, labelledPosts, type LabelledPost } from '../src/content-check/corpus/posts';
import { checkContent, unsourcedQuotes } from '../src/content-check/domain/check';
import { defaultDetectors } from '../src/content-check/domain/detectors';
import { scanDraft } from '../src/content-check/domain/draft-scan';
import { findingTypes } from '../src/content-check/domain/finding';

if (!process.env.BENCH_PINNED && existsSync('/usr/bin/taskset')) {
  const pinned = spawnSync('/usr/bin/taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(pinned.status ?? 1);
}

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 10_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** redact-pii gets this long for its timed runs; slower than that, it is timed on a slice. */
const REDACT_PII_BUDGET_S = 60;

// Deterministic pseudo-random numbers, so that two runs measure the same drafts.
let seed = 2026;
const random = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Variations, so that no two drafts are the same text: other first names, other days, a few
// posts joined into one longer draft, a hashtag line.
const firstNames = ['Matti', 'Liisa', 'Sari', 'Jukka', 'Päivi', 'Antti', 'Minna', 'Tiina', 'Juha', 'Kaisa', 'Mikko', 'Heikki', 'Anne', 'Pekka', 'Satu'];
const swapNames = new RegExp(`\\b(?:${firstNames.join('|')})\\b`, 'gu');
const tags = ['#pieksämäki', '#kirjasto', '#nuoriso', '#tapahtumat', '#pieksamaki', '#kaupunki', '#stad', '#city'];

function variedDraft(n: number): string {
  const parts = 1 + Math.floor(random() * 3);
  const texts: string[] = [];
  for (let k = 0; k < parts; k++) {
    const day = 1 + Math.floor(random() * 28);
    texts.push(
      pick(labelledPosts)
        .text.replace(swapNames, () => pick(firstNames))
        .replace(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/gu, (_, _d: string, month: string) => `${day}.${month}.`),
    );
  }
  return `${texts.join('\n\n')}\n${pick(tags)} ${pick(tags)} ${n}`;
}

const drafts: string[] = [];
let totalBytes = 0;
while (totalBytes < TARGET_BYTES) {
  const draft = variedDraft(drafts.length);
  drafts.push(draft);
  totalBytes += Buffer.byteLength(draft, 'utf8');
}
const mb = (bytes: number) => bytes / 1e6;
const bytesOf = (list: readonly string[]) => list.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

/** Seconds to run `work` over `texts`, one text at a time. */
function time(texts: readonly string[], work: (text: string) => unknown): number {
  const started = process.hrtime.bigint();
  for (const text of texts) work(text);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (x: number, digits = 1) => x.toFixed(digits);

console.log(`Check before publishing: ${drafts.length} drafts, ${fixed(mb(totalBytes), 2)} MB (UTF-8), from ${labelledPosts.length} labelled posts`);
console.log(`Node ${process.version}, one thread${process.env.BENCH_PINNED ? ', pinned to CPU 0 with taskset' : ''}, ${new Date().toISOString().slice(0, 10)}\n`);

// ---------------------------------------------------------------------------------------------
// Ours and redact-pii, timed in turns

// A shared machine's speed wanders from minute to minute: each round times both, one after the
// other, and the ratio is the median of the rounds' ratios, not of two medians taken apart.
const rules = { detectors: defaultDetectors, publicContacts: corpusPublicContacts };
const ours = (text: string) => checkContent({ text }, rules);
time(drafts, ours); // warm-up: one full pass

const redactor = new SyncRedactor();
const redact = (text: string) => redactor.redact(text);
const probe = drafts.slice(0, 200);
time(probe, redact); // warm-up
const estimate = (time(probe, redact) / bytesOf(probe)) * totalBytes;
let redactTexts = drafts;
if (estimate > REDACT_PII_BUDGET_S) {
  let bytes = 0;
  const budgetBytes = (REDACT_PII_BUDGET_S / estimate) * totalBytes;
  redactTexts = drafts.filter((text) => (bytes += Buffer.byteLength(text, 'utf8')) <= budgetBytes);
}
const redactBytes = bytesOf(redactTexts);
const redactRuns = Math.max(1, Math.min(RUNS, Math.floor(REDACT_PII_BUDGET_S / estimate)));

const oursSeconds: number[] = [];
const redactSeconds: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const oursRun = time(drafts, ours);
  oursSeconds.push(oursRun);
  if (r >= redactRuns) continue;
  const redactRun = time(redactTexts, redact);
  redactSeconds.push(redactRun);
  ratios.push(totalBytes / oursRun / (redactBytes / redactRun));
}
const oursMBps = mb(totalBytes) / median(oursSeconds);
const redactMBps = mb(redactBytes) / median(redactSeconds);
const slice = redactTexts === drafts ? 'the same drafts' : `the first ${fixed(mb(redactBytes), 2)} MB of the same drafts (too slow for all of them in ${REDACT_PII_BUDGET_S} s)`;
console.log(`checkContent (defaultDetectors)  ${fixed(oursMBps)} MB/s  (median of ${RUNS} runs; best ${fixed(mb(totalBytes) / Math.min(...oursSeconds))}, worst ${fixed(mb(totalBytes) / Math.max(...oursSeconds))})`);
console.log(`redact-pii SyncRedactor          ${fixed(redactMBps)} MB/s  (median of ${redactRuns} runs on ${slice})`);
console.log(
  `\nratio: ours / redact-pii = ${fixed(median(ratios))}×  (median of ${ratios.length} rounds, each timing both; ${fixed(Math.min(...ratios))}–${fixed(Math.max(...ratios))}×. Aim: at least 10×; ours aim: at least 20 MB/s)`,
);

// The parts: the one pass over each draft, then each part's own work after it (the pass and the
// part timed together, less the pass alone), as the check runs them.
console.log("\nThe check's parts, each on all drafts one after another:");
const medianTime = (work: (text: string) => unknown): number => {
  time(drafts, work);
  return median([time(drafts, work), time(drafts, work), time(drafts, work)]);
};
const check = median(oursSeconds);
const share = (seconds: number) => `${fixed((100 * seconds) / check, 0).padStart(2)} % of the check's time`;
const passSeconds = medianTime(scanDraft);
console.log(`    ${'scanDraft'.padEnd(18)} ${fixed(mb(totalBytes) / passSeconds).padStart(7)} MB/s  (${share(passSeconds)}; the one pass each part reads)`);
const parts: [string, (text: string) => unknown][] = [
  ...defaultDetectors.map((detect): [string, (text: string) => unknown] => [detect.name || 'detector', detect]),
  ['unsourcedQuotes', unsourcedQuotes],
];
for (const [name, work] of parts) {
  const seconds = medianTime((text) => (scanDraft(text), work(text))) - passSeconds;
  // A part faster than the timer's and the machine's noise shows no speed of its own.
  const speed = seconds > 0.001 ? `${fixed(mb(totalBytes) / seconds).padStart(7)} MB/s` : '   under 1 ms';
  console.log(`    ${name.padEnd(18)} ${speed}  (${share(Math.max(0, seconds))}, after the pass)`);
}

// ---------------------------------------------------------------------------------------------
// What each marks of the labelled data

/** The tokens redact-pii puts in place of what it redacts, with its default options. */
const redactTokens = [
  'CREDIT_CARD_NUMBER', 'STREET_ADDRESS', 'ZIPCODE', 'PHONE_NUMBER', 'IP_ADDRESS', 'US_SOCIAL_SECURITY_NUMBER', 'EMAIL_ADDRESS',
  'USERNAME', 'PASSWORD', 'CREDENTIALS', 'DIGITS', 'URL', 'PERSON_NAME',
];
const tokenPattern = new RegExp(redactTokens.join('|'), 'g');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The spans of `text` that redact-pii replaced: its output is the text with some pieces replaced
 * by tokens, so the pieces of the text left between the tokens place each replacement.
 */
function redactedSpans(text: string): Span[] {
  const output = redactor.redact(text);
  const kept = output.split(tokenPattern);
  if (kept.length === 1) return [];
  const pattern = new RegExp(`^${kept.map(escape).join('([\\s\\S]+?)')}$`, 'd');
  const match = pattern.exec(text);
  if (!match?.indices) throw new Error(`cannot place redact-pii's replacements in: ${text}`);
  return match.indices.slice(1).map((group) => ({ start: group![0], end: group![1] }));
}

const oursSpans = (post: LabelledPost): Span[] => ours(post.text).findings;
const theirSpans = (post: LabelledPost): Span[] => redactedSpans(post.text);
const finnish = (post: LabelledPost) => post.lang === 'fi';
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

console.log(`\nLabelled data marked, of ${labelledPosts.length} posts (a label counts when anything marked overlaps it, whatever the type):`);
const rows: [string, (post: LabelledPost) => boolean][] = [
  ['all posts (fi, sv, en)', () => true],
  ['Finnish posts', finnish],
];
for (const [name, include] of rows) {
  const a = evaluateCoverage(labelledPosts, oursSpans, include).overall;
  const b = evaluateCoverage(labelledPosts, theirSpans, include).overall;
  console.log(`  ${name.padEnd(24)} ours: recall ${percent(a.recall)}, ${a.findings - a.correct} marked needlessly;  redact-pii: recall ${percent(b.recall)}, ${b.findings - b.correct} marked needlessly  (${a.labels} labels)`);
}
const oursByType = evaluateCoverage(labelledPosts, oursSpans).recallByType;
const theirsByType = evaluateCoverage(labelledPosts, theirSpans).recallByType;
console.log(`\n  ${'recall by type'.padEnd(14)} ${'labels'.padStart(6)} ${'ours'.padStart(8)} ${'redact-pii'.padStart(11)}`);
for (const type of findingTypes) {
  console.log(`  ${type.padEnd(14)} ${String(oursByType[type].labels).padStart(6)} ${percent(oursByType[type].recall).padStart(8)} ${percent(theirsByType[type].recall).padStart(11)}`);
}
