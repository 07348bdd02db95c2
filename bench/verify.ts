// npm run bench:verify — verify over HTTP with 100,000 registered profiles, beside a bare route
// of the same server in the same run. Prints throughput, p50/p99 latency, their ratio and memory.
//
// The server runs in a child process so that the load generator does not share its event loop.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/database';
import { registeredKeys } from '../src/registry/domain/normalise';
import type { Platform } from '../src/registry/domain/platforms';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const platformsInBench: Platform[] = ['instagram', 'facebook', 'x', 'tiktok', 'threads'];
const hosts: Record<string, string> = {
  instagram: 'www.instagram.com',
  facebook: 'www.facebook.com',
  x: 'x.com',
  tiktok: 'www.tiktok.com',
  threads: 'www.threads.net',
};

// Handles that look like real names, four syllables of forty: lookalike detection then meets
// neighbours as dense as in a national registry, where a bare number suffix would make it trivial.
const syllables = 'ka ko ku ki ke la lo lu li le ma mo mu mi me na no nu ni ne pa po pu pi pe ra ro ru ri re sa so su si se ta to tu ti te'.split(' ');
function handleOf(i: number) {
  let name = '';
  for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / syllables.length)) name += syllables[n % syllables.length];
  // X allows 15 characters: the longer names go to the platforms that take them.
  const platform = platformsInBench[i % platformsInBench.length]!;
  return `${name}${i % 3 === 0 && platform !== 'x' && platform !== 'tiktok' ? `${separatorOn(platform)}kirjasto` : ''}`;
}
/** Facebook takes no underscore in a page name, only a full stop. */
function separatorOn(platform: Platform) {
  return platform === 'facebook' ? '.' : '_';
}
function urlOf(platform: Platform, handle: string) {
  return platform === 'tiktok' || platform === 'threads' ? `https://${hosts[platform]}/@${handle}` : `https://${hosts[platform]}/${handle}`;
}

async function serve() {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL })
    : await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  await database.query('truncate units, profiles, profile_administrators, profile_keys, audit_log cascade');
  const started = Date.now();
  const batch = 1000;
  for (let from = 0; from < PROFILES; from += batch) {
    const profileRows: string[] = [];
    const keyRows: string[] = [];
    const adminRows: string[] = [];
    const params: unknown[] = [];
    for (let i = from; i < Math.min(from + batch, PROFILES); i++) {
      const platform = platformsInBench[i % platformsInBench.length]!;
      const handle = handleOf(i);
      const url = urlOf(platform, handle);
      const id = `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`;
      profileRows.push(
        `('${id}', 'organisation', '${platform}', '${url}', '${handle}', 'Bench profile ${i}', 'Benchmark profile', 'viestinta@pieksamaki.fi')`,
      );
      adminRows.push(`('${id}', 0, 'Bench Admin', 'viestintäsuunnittelija')`);
      for (const key of registeredKeys({ platform, url, handle, platformId: null })) keyRows.push(`('${platform}', '${key.replace(/'/g, "''")}', '${id}')`);
    }
    await database.query(
      `insert into profiles (id, kind, platform, url, handle, display_name, purpose_fi, contact_email) values ${profileRows.join(',')}`,
      params,
    );
    await database.query(`insert into profile_administrators (profile_id, position, name, job_title) values ${adminRows.join(',')}`);
    await database.query(`insert into profile_keys (platform, key, profile_id) values ${keyRows.join(',')}`);
  }
  await database.query('analyze');
  const seedSeconds = (Date.now() - started) / 1000;
  // The benchmark is one client asking as fast as it can: exactly what the rate limit stops. So
  // the limit is off, unless BENCH_RATE_LIMIT sets one high enough never to refuse: then every
  // request also counts itself in the database, the limit's cost.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', DEMO_DATA: 'false', PORT: '0', VERIFY_RATE_LIMIT: process.env.BENCH_RATE_LIMIT ?? '0' });
  const app = await buildApp(config, { database, skipMigrations: true });
  const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ type: 'ready', address, seedSeconds, database: database.kind });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'memory') process.send!({ type: 'memory', rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
    if (message.type === 'stop') void app.close().then(() => database.close()).then(() => process.exit(0));
  });
}

/**
 * Verify requests in the forms residents paste: mixed case, mobile hosts, queries, handles; and
 * addresses that are not in the registry: lookalikes of registered handles (an added word, a
 * zero for an o, two letters swapped, a doubled letter) and handles unlike any.
 */
function verifyPaths(count: number): string[] {
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const i = (n * 7919) % PROFILES;
    const platform = platformsInBench[i % platformsInBench.length]!;
    const handle = handleOf(i);
    const forms = [
      urlOf(platform, handle),
      `${urlOf(platform, handle).toUpperCase().replace('HTTPS://', 'http://')}?utm_source=bench`,
      (platform === 'threads' ? urlOf(platform, handle) : urlOf(platform, handle).replace('www.', 'm.')) + '/',
      urlOf(platform, `${handle}${separatorOn(platform)}info`),
      urlOf(platform, handle.replace('o', '0').replace('a', '4')),
      urlOf(platform, `${handle.slice(0, 3)}${handle[4]}${handle[3]}${handle.slice(5)}`),
      urlOf(platform, `${handle.slice(0, 2)}${handle[2]}${handle.slice(2)}`),
      urlOf(platform, `zz${handle.split('').reverse().join('')}q`),
    ];
    const form = forms[n % forms.length]!;
    paths.push(n % 9 === 8 ? `/api/v1/verify?platform=${platform}&handle=%40${handle}` : `/api/v1/verify?url=${encodeURIComponent(form)}`);
  }
  return paths;
}

/** How the first requests of a run were answered, to show that lookalike detection was at work. */
async function statusesOf(address: string, paths: string[]): Promise<string> {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const answer = (await (await fetch(`${address}${path}`)).json()) as { status?: string };
    counts.set(answer.status ?? 'error', (counts.get(answer.status ?? 'error') ?? 0) + 1);
  }
  return [...counts].map(([status, count]) => `${status} ${count}`).join(', ');
}

function run(url: string, paths: string[]): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]!;
          return request;
        },
      },
    ],
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: { type: string } & T) => {
      if (message.type === type) {
        child.off('message', listener);
        resolve(message);
      }
    };
    child.on('message', listener);
    if (type !== 'ready') child.send({ type });
  });
}

async function main() {
  const child = fork(import.meta.filename, ['--serve'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const ready = await ask<{ address: string; seedSeconds: number; database: string }>(child, 'ready');
  console.log(`database: ${ready.database}; ${PROFILES} profiles seeded in ${ready.seedSeconds.toFixed(1)} s`);
  console.log(`load: ${CONNECTIONS} connections, ${DURATION} s per run, from a separate process`);

  console.log(`answers to the first 900 requests: ${await statusesOf(ready.address, verifyPaths(900))}`);
  await run(ready.address, ['/health']); // warm-up
  const bare = await run(ready.address, ['/health']);
  // Every request a different address: each answer comes from the database.
  const verify = await run(ready.address, verifyPaths(200_000));
  // Residents check the same few profiles over and over: answers come from memory between changes.
  const popular = await run(ready.address, verifyPaths(500));
  const memory = await ask<{ rss: number; heapUsed: number }>(child, 'memory');
  child.send({ type: 'stop' });

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(14)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`;
  console.log(row('bare route', bare));
  console.log(row('verify (cold)', verify));
  console.log(row('verify (warm)', popular));
  console.log(`ratio verify/bare throughput: cold ${(verify.requests.average / bare.requests.average).toFixed(2)}, warm ${(popular.requests.average / bare.requests.average).toFixed(2)}`);
  console.log(`server memory after the runs: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  const met = (r: autocannon.Result) => (r.latency.p99 <= 10 && r.requests.average >= bare.requests.average / 2 ? 'met' : 'not met');
  console.log(`aim (p99 <= 10 ms and at least half the bare throughput): cold ${met(verify)}, warm ${met(popular)}`);
}

if (process.argv.includes('--serve')) void serve();
else void main();
