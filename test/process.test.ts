import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// These run the real entry points as a user would: `npm start` and `npm run cli`.
const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'somerekisteri-proc-'));
  dirs.push(dir);
  return dir;
}

// A PostgreSQL run uses its own database; the embedded run a fresh folder.
function env(dataDir: string, extra: Record<string, string> = {}) {
  const base: Record<string, string> = { ...(process.env as Record<string, string>), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
  delete base.DATABASE_URL;
  return base;
}

function cli(args: string[], dataDir: string, input?: string) {
  return spawnSync(tsx, ['src/cli.ts', ...args], { cwd: root, env: env(dataDir, { LANG: 'en_GB.UTF-8' }), input, encoding: 'utf8', timeout: 60_000 });
}

describe('the command line', () => {
  it('imports a file, exports it and verifies JSON Lines', () => {
    const dataDir = freshDataDir();
    const csv = join(dataDir, 'profiles.csv');
    writeFileSync(
      csv,
      'platform,url,handle,displayName,kind\ninstagram,https://www.instagram.com/pieksamaki/,,Pieksämäen kaupunki,\nmastodon,https://mastodon.fi/@pieksamaki,,Pieksämäki Mastodonissa,organisation\n',
    );
    const imported = cli(['import', csv], dataDir);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('Imported: 2 new, 0 updated, 0 unchanged.');
    expect(imported.status).toBe(0);

    const exported = cli(['export', '--format', 'csv'], dataDir);
    expect(exported.status).toBe(0);
    expect(exported.stdout.split('\r\n')).toHaveLength(4);

    const lines = [
      { id: 'a', url: 'https://instagram.com/PIEKSAMAKI?hl=fi' },
      { id: 'b', platform: 'mastodon', handle: '@pieksamaki@mastodon.fi' },
      { id: 'c', url: 'https://www.instagram.com/pieksamaki_official/' },
      { id: 'd', url: 'not an address' },
      { id: 'e', url: 'https://www.instagram.com/helsinginkaupunki/' },
    ];
    const verified = cli(['verify', '--jsonl'], dataDir, lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(verified.status).toBe(0);
    const answers = verified.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.id, a.status])).toEqual([
      ['a', 'official'],
      ['b', 'official'],
      ['c', 'suspected-impersonation'],
      ['d', 'error'],
      ['e', 'not-registered'],
    ]);
    expect(answers[0].profileId).toMatch(/^[0-9a-f-]{36}$/);
    // The same name on Instagram outranks the city's other platforms, and is the only one listed.
    expect(answers[2].resembles).toEqual([
      { profileId: answers[0].profileId, url: 'https://www.instagram.com/pieksamaki/', reasons: [{ code: 'words-added', text: "Adds the word 'official'." }] },
    ]);

    const audit = cli(['audit', 'verify'], dataDir);
    expect(audit.stdout).toContain('Audit trail intact: 2 entries.');
    expect(audit.status).toBe(0);
  }, 120_000);

  it('refuses a bad file, names row and field, and imports nothing', () => {
    const dataDir = freshDataDir();
    const csv = join(dataDir, 'bad.csv');
    writeFileSync(csv, 'platform,url,displayName\ninstagram,https://www.instagram.com/ok/,Ok\ninstagram,https://www.instagram.com/bad/,\n');
    const result = cli(['import', csv], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Row 3, field displayName');
    expect(result.stderr).toContain('Nothing was imported');
    expect(cli(['export', '--format', 'csv'], dataDir).stdout.split('\r\n')).toHaveLength(2);
  }, 120_000);
});

describe('checking an archive of posts before publishing', () => {
  it('reads drafts as JSON Lines and writes a verdict with findings per line, without a database', () => {
    const dataDir = freshDataDir();
    const lines = [
      JSON.stringify({ id: 1, text: 'Hakijan henkilötunnus on 131052-308T.' }),
      JSON.stringify({ id: 2, text: 'Uimahalli on auki joulunpyhinä.' }),
      '{not json',
      JSON.stringify({ id: 4 }),
    ];
    const checked = cli(['check', '--jsonl'], dataDir, lines.join('\n'));
    expect(checked.status).toBe(0);
    const answers = checked.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.id, a.verdict])).toEqual([
      [1, 'do-not-publish'],
      [2, 'ok'],
      [null, 'error'],
      [4, 'error'],
    ]);
    expect(answers[0].findings[0]).toMatchObject({ type: 'FI_HETU', start: 25, end: 36, text: '131052-308T', suggestion: 'Remove the identity code.' });
    expect(answers[3]).toMatchObject({ error: 'validation', field: 'text' });
    expect(checked.stderr).toContain('2');
  }, 60_000);
});

describe('npm run db:migrate', () => {
  it('applies the migrations to a new data folder and says so', () => {
    const result = spawnSync('npm', ['run', '--silent', 'db:migrate'], { cwd: root, env: env(freshDataDir(), { LANG: 'en_GB.UTF-8' }), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Migrations applied (pglite).');
  }, 60_000);
});

describe('the server process', () => {
  it('stops on a bad setting, naming the variable', () => {
    const result = spawnSync(tsx, ['src/server.ts'], { cwd: root, env: env(freshDataDir(), { PORT: 'eighty' }), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT');
  });

  it('adds the first communications account and prints its password link; erases only a switched-off account', () => {
    const dataDir = freshDataDir();
    const added = cli(['people', 'add', 'Eka.Viestija@pieksamaki.fi', '--name', 'Eka Viestijä'], dataDir);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added eka.viestija@pieksamaki.fi with the role communications.');
    expect(added.stdout).toMatch(/\/sign-in\/password\/[A-Za-z0-9_-]{40,}/);
    const outside = cli(['people', 'add', 'someone@example.com'], dataDir);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('email: The address must be a city address (@pieksamaki.fi).');
    const erase = cli(['people', 'erase', 'eka.viestija@pieksamaki.fi'], dataDir);
    expect(erase.status).toBe(1);
    expect(erase.stderr).toContain('is in use');

    // The platforms' terms versions from the Open Terms Archive dataset; a second import adds nothing.
    const zip = join(root, 'src/terms/fixtures/open-terms-archive.zip');
    const imported = cli(['terms', 'import', zip], dataDir);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/Terms of service versions recorded: [1-9]\d*/);
    expect(imported.stdout).toContain('instagram: ');
    const again = cli(['terms', 'import', zip], dataDir);
    expect(again.stdout).toMatch(/Terms of service versions recorded: 0 /);
  }, 120_000);

  it('serves with demo data, and on SIGTERM finishes and releases the data folder', async () => {
    const dataDir = freshDataDir();
    const child = spawn(tsx, ['src/server.ts'], { cwd: root, env: env(dataDir, { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }) });
    let output = '';
    const port = await new Promise<number>((resolvePort, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      });
    });
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);
    // The start-up log says how to sign in as each role, and that works.
    for (const role of ['communications', 'supervisor', 'employee', 'auditor']) expect(output).toContain(`Demo sign-in as ${role}: `);
    const demo = /Demo sign-in as communications: (\S+) \/ (\S+) at/.exec(output)!;
    const form = await fetch(`http://127.0.0.1:${port}/sign-in`);
    const cookies = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const signIn = await fetch(`http://127.0.0.1:${port}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: demo[1]!, password: demo[2]! }).toString(),
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/staff');
    const page = await (await fetch(`http://127.0.0.1:${port}/api/v1/profiles?limit=1`)).json();
    expect(page.total).toBeGreaterThanOrEqual(24);

    // A second process on the same folder is refused while the first runs.
    const second = spawnSync(tsx, ['src/server.ts'], { cwd: root, env: env(dataDir, { PORT: '0' }), encoding: 'utf8', timeout: 30_000 });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain('already in use');

    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The folder opens again with the data kept: nothing is loaded twice.
    const again = cli(['export', '--format', 'csv'], dataDir);
    expect(again.stdout.split('\r\n').length - 2).toBe(page.total);
  }, 180_000);
});
