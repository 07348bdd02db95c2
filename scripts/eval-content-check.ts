// npm run eval:content-check — precision and recall of the check before publishing on the labelled
// corpus (src/content-check/corpus/), per type, with every miss and false alarm listed.
// docs/content-check.md quotes its numbers.
import { checkContent } from '../src/content-check/domain/check';
import { defaultDetectors } from '../src/content-check/domain/detectors';
import { findingTypes } from '../src/content-check/domain/finding';
import { evaluateCorpus, milderVerdicts, type Score } from '../src/content-check/corpus/evaluate';
import { corpusPublicContacts, labelledPosts } from '../src/content-check/corpus/posts';

const rules = { detectors: defaultDetectors, publicContacts: corpusPublicContacts };
const evaluation = evaluateCorpus(labelledPosts, (post) => checkContent({ text: post.text }, rules).findings);

const percent = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(7);
const row = (name: string, s: Score) =>
  `${name.padEnd(13)} ${String(s.labels).padStart(6)} ${String(s.findings).padStart(8)} ${percent(s.precision)}   ${percent(s.recall)} ${percent(s.f1)}`;
const languages = ['fi', 'sv', 'en'].map((lang) => `${labelledPosts.filter((p) => p.lang === lang).length} ${lang}`).join(', ');

console.log(`The check before publishing on the labelled corpus, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${evaluation.posts} posts (${languages}), ${labelledPosts.filter((p) => p.expected.length === 0).length} with nothing to flag\n`);
console.log(`${'type'.padEnd(13)} labels findings precision    recall      F1`);
for (const type of findingTypes) console.log(row(type, evaluation.byType[type]));
console.log(row('all types', evaluation.overall));
console.log(row('any type', evaluation.anyType));

const { confusion, agree, total } = evaluation.verdicts;
console.log(`\nVerdict by the findings: ${agree} of ${total} posts as the labels call for (${percent(agree / total).trim()})`);
console.log(`${'labels \\ check'.padEnd(16)}${['ok', 'review', 'do-not-publish'].map((v) => v.padStart(16)).join('')}`);
for (const wanted of ['ok', 'review', 'do-not-publish'] as const) {
  console.log(`${wanted.padEnd(16)}${(['ok', 'review', 'do-not-publish'] as const).map((v) => String(confusion[wanted][v]).padStart(16)).join('')}`);
}

const milder = milderVerdicts(evaluation);
console.log(`\nMilder verdict than the labels call for: ${milder.length}`);
for (const o of milder) console.log(`  ${o.post.id}: ${o.expectedVerdict} → ${o.verdict}`);

const show = (text: string) => JSON.stringify(text);
for (const type of findingTypes) {
  const missed = evaluation.outcomes.flatMap((o) => o.missed.filter((f) => f.type === type).map((f) => ({ o, f })));
  const spurious = evaluation.outcomes.flatMap((o) => o.spurious.filter((f) => f.type === type).map((f) => ({ o, f })));
  if (!missed.length && !spurious.length) continue;
  console.log(`\n${type}: ${missed.length} missed, ${spurious.length} false alarms`);
  for (const { o, f } of missed) console.log(`  missed  ${o.post.id} ${show(f.text)}`);
  for (const { o, f } of spurious) console.log(`  flagged ${o.post.id} ${show(f.text)}`);
}
