// npm run eval:lookalikes — precision and recall of lookalike detection on the labelled corpus
// (src/impersonation/domain/lookalike-corpus.ts), with every false positive and miss listed by
// category. docs/lookalike-detection.md quotes its numbers.
import { evaluateLookalikes } from '../src/impersonation/domain/lookalike-corpus';
import { LookalikeIndex } from '../src/impersonation/domain/lookalike';

const evaluation = evaluateLookalikes((officials) => LookalikeIndex.build(officials));
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
const describe = (r: (typeof evaluation.results)[number]) => {
  const s = r.case.suspect;
  const address = `${s.platform} ${s.handle ?? '(no handle)'}${s.displayName ? ` "${s.displayName}"` : ''}`;
  const flagged = r.flagged ? ` → ${r.flagged.profileId} (${r.flagged.codes.join(', ')})` : '';
  const expected = r.case.imitates.length ? ` expected ${r.case.imitates.join(' | ')}` : '';
  return `  ${address}${flagged}${expected}${r.case.without ? ` [without ${r.case.without}]` : ''}`;
};

console.log(`Lookalike detection on the corpus, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${evaluation.cases} cases: ${evaluation.fakes} fakes, ${evaluation.legit} legitimate accounts\n`);
console.log(`precision ${percent(evaluation.precision)}  (${evaluation.caught} caught, ${evaluation.falsePositives} false positives)`);
console.log(`recall    ${percent(evaluation.recall)}  (${evaluation.caught} of ${evaluation.fakes} fakes)\n`);

for (const scenario of [...new Set(evaluation.results.map((r) => r.scenario))]) {
  const results = evaluation.results.filter((r) => r.scenario === scenario);
  const fakes = results.filter((r) => r.case.imitates.length > 0).length;
  const caught = results.filter((r) => r.outcome === 'caught').length;
  const wrong = results.filter((r) => r.outcome === 'false-positive' || r.outcome === 'wrong-profile').length;
  console.log(`${scenario}: ${results.length} cases, ${fakes} fakes; precision ${percent(caught + wrong ? caught / (caught + wrong) : 1)}, recall ${percent(fakes ? caught / fakes : 1)}, ${wrong} false positives`);
}
console.log('');

const width = Math.max(...evaluation.categories.map((c) => c.category.length));
console.log(`${'category'.padEnd(width)}  cases  caught  missed  false positives`);
for (const c of [...evaluation.categories].sort((a, b) => a.category.localeCompare(b.category))) {
  console.log(`${c.category.padEnd(width)}  ${String(c.cases).padStart(5)}  ${String(c.caught).padStart(6)}  ${String(c.missed).padStart(6)}  ${String(c.falsePositives).padStart(15)}`);
}

for (const [title, outcomes] of [
  ['False positives (legitimate accounts flagged, fakes taken for another profile)', ['false-positive', 'wrong-profile']],
  ['Misses', ['missed']],
] as const) {
  const listed = evaluation.results.filter((r) => (outcomes as readonly string[]).includes(r.outcome));
  console.log(`\n${title}: ${listed.length}`);
  const categories = [...new Set(listed.map((r) => r.case.category))].sort();
  for (const category of categories) {
    console.log(`${category}:`);
    for (const r of listed.filter((x) => x.case.category === category)) console.log(describe(r));
  }
}
