import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, openDatabase } from './database';

const dir = mkdtempSync(join(tmpdir(), 'somerekisteri-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database folder', () => {
  it('refuses a second opener with a message naming the folder, and frees the folder on close', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const error = await openDatabase({ kind: 'pglite', dataDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(dir);
      expect((error as Error).message).toContain('DATA_DIR');
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, 'somerekisteri.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(join(dir, 'somerekisteri.lock'), '999999999');
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    await database.migrate();
    await database.ping();
    await database.close();
  });
});
