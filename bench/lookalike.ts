// tsx --expose-gc bench/lookalike.ts — the lookalike index over 100,000 official profiles: build
// time, heap, and the time of one detect (p50/p99/max) for addresses as residents check them.
// BENCH_PROFILES and BENCH_QUERIES change the size of the run.
import * as finnish from '@zxcvbn-ts/language-fi';
import { asHandle, genitive, municipalities } from '../src/impersonation/domain/corpus/municipalities';
import { LookalikeIndex, type OfficialHandle, type SuspectAddress } from '../src/impersonation/domain/lookalike';
import { lookalikeVariants } from '../src/impersonation/domain/variants';
import { platforms, type Platform } from '../src/registry/domain/platforms';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 20_000);

const gc = (globalThis as { gc?: () => void }).gc;
const heapMiB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// Deterministic pseudo-random numbers, so that two runs measure the same thing.
let seed = 42;
const random = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const units = ['kirjasto', 'nuoriso', 'liikunta', 'kulttuuri', 'tapahtumat', 'museo', 'musiikkiopisto', 'kansalaisopisto', 'ymparisto', 'tyollisyys', 'matkailu', 'teatteri', 'uimahalli', 'nuorisovaltuusto', 'elinvoima'];
const unitNames: Record<string, string> = { kirjasto: 'kirjasto', nuoriso: 'Nuorisotoimi', ymparisto: 'ympäristöpalvelut', tyollisyys: 'työllisyyspalvelut' };
const handlePlatforms = platforms.filter((p): p is Exclude<Platform, 'other'> => p !== 'other');
const dictionary = finnish.dictionary as Record<string, string[]>;
const firstNames = [...(dictionary.femaleFirstnames ?? []), ...(dictionary.maleFirstnames ?? [])].filter((n) => /^[a-zäö]{3,12}$/.test(n));
const lastNames = (dictionary.lastnames ?? []).filter((n) => /^[a-zäö]{3,14}$/.test(n));
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function handleOn(platform: Platform, name: string, i: number): string {
  const plain = asHandle(name).slice(0, platform === 'x' ? 15 : 28);
  switch (platform) {
    case 'mastodon':
      return `${plain}@${pick(['mastodon.fi', 'some.fi', 'mastodon.social'])}`;
    case 'bluesky':
      return random() < 0.5 ? `${plain}.bsky.social` : `${plain.slice(0, 20)}.${asHandle(pick(municipalities))}.fi`;
    case 'linkedin':
      return `company/${name.toLowerCase().replace(/[^a-zäöå0-9]+/g, '-')}-${i}`;
    default:
      return plain;
  }
}

/** A third like the registry bench ('bp12345'), the rest units and employees of real municipalities. */
function official(i: number): OfficialHandle {
  const platform = pick(handlePlatforms);
  const profileId = `p${i}`;
  const kind = i % 3;
  if (kind === 0) return { profileId, platform, kind: 'organisation', handle: handleOn(platform, `bp${i}`, i), displayName: `Bench profile ${i}` };
  const town = pick(municipalities);
  if (kind === 1) {
    const unit = pick(units);
    const name = `${genitive(town)} ${unitNames[unit] ?? unit}`;
    return { profileId, platform, kind: 'organisation', handle: handleOn(platform, `${genitive(town)}${unit}${i}`, i), displayName: name };
  }
  const first = pick(firstNames);
  const last = pick(lastNames);
  const handle = handleOn(platform, `${first}${last}${i % 1000}`, i);
  return { profileId, platform, kind: 'expert', handle, displayName: `${capital(first)} ${capital(last)} – ${genitive(town)} kaupunki` };
}

const before = heapMiB();
const officials = Array.from({ length: PROFILES }, (_, i) => official(i));
const withOfficials = heapMiB();
let started = performance.now();
const index = LookalikeIndex.build(officials);
const buildMs = performance.now() - started;
const withIndex = heapMiB();

// Queries: a quarter official addresses, a quarter their lookalikes, a quarter unrelated handles,
// a quarter shown names without a handle or with a fresh one.
const queries: SuspectAddress[] = [];
for (let q = 0; q < QUERIES; q++) {
  const o = pick(officials);
  const kind = q % 4;
  if (kind === 0) queries.push({ platform: o.platform, handle: o.handle });
  else if (kind === 1) {
    const variants = o.handle ? lookalikeVariants({ platform: o.platform, handle: o.handle }, { max: 30 }) : [];
    queries.push({ platform: o.platform, handle: variants.length ? pick(variants).handle : o.handle });
  } else if (kind === 2) queries.push({ platform: pick(handlePlatforms.filter((p) => p !== 'mastodon' && p !== 'bluesky' && p !== 'linkedin')), handle: `${asHandle(pick(lastNames))}${Math.floor(random() * 100)}` });
  else queries.push({ platform: 'facebook', handle: random() < 0.5 ? null : `user${q}`, displayName: random() < 0.5 ? o.displayName : `${capital(pick(firstNames))} ${capital(pick(lastNames))}` });
}

for (let warm = 0; warm < 2000; warm++) index.detect(queries[warm % queries.length]!);
const times: number[] = [];
let flagged = 0;
started = performance.now();
for (const query of queries) {
  const t = performance.now();
  if (index.detect(query).length) flagged++;
  times.push(performance.now() - t);
}
const totalMs = performance.now() - started;
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const ms = (x: number) => `${x.toFixed(3)} ms`;

console.log(`lookalike index: ${index.size.toLocaleString('en')} official profiles${gc ? '' : ' (run with --expose-gc for exact heap numbers)'}`);
console.log(`build            ${buildMs.toFixed(0)} ms`);
console.log(`heap             ${(withIndex - withOfficials).toFixed(1)} MiB for the index (the officials themselves ${(withOfficials - before).toFixed(1)} MiB)`);
console.log(`detect           ${QUERIES.toLocaleString('en')} queries, ${flagged.toLocaleString('en')} flagged, ${(QUERIES / (totalMs / 1000)).toFixed(0)} per second`);
console.log(`                 p50 ${ms(at(0.5))}  p99 ${ms(at(0.99))}  p99.9 ${ms(at(0.999))}  max ${ms(times[times.length - 1]!)}`);
