import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { startTestApp } from '../../test/helpers/app';
import { createProfile } from '../../test/helpers/factories';
import { allVerifyEntries, verifyKey } from './store';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('loading the whole key index for verify', () => {
  it('reads every profile in pages, with every key, administrators and unit', async () => {
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' } }, 'test');
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createProfile(app.registry, { unitId: unit.id }));
    const youtube = await createProfile(app.registry, {
      platform: 'youtube',
      url: 'https://www.youtube.com/@pieksamakitv',
      handle: null,
      platformId: 'UC1a2B3c4D5e6F7g8H9i0JkL',
    });
    const entries = new Map(await allVerifyEntries(app.database.query, 2));
    expect(entries.size).toBe(7);
    for (const profile of created) {
      const entry = entries.get(verifyKey('instagram', `handle:${profile.handle}`));
      expect(entry?.profile).toMatchObject({ id: profile.id, administrators: profile.administrators });
      expect(entry?.unit?.name.fi).toBe('Kirjasto');
    }
    expect(entries.get(verifyKey('youtube', 'id:UC1a2B3c4D5e6F7g8H9i0JkL'))?.profile.id).toBe(youtube.id);
    expect(entries.get(verifyKey('youtube', 'handle:pieksamakitv'))?.profile.id).toBe(youtube.id);
  });
});

describe('recomputing lookup keys after the address rules change', () => {
  it('replaces keys stored by an older version, records it, and does it once', async () => {
    const profile = await createProfile(app.registry, { url: 'https://www.instagram.com/uudelleen/', handle: 'uudelleen' });
    await app.database.query("update registry_meta set value = '1' where name = 'keyFormatVersion'");
    await app.database.query("update profile_keys set key = 'handle:old-form' where profile_id = $1", [profile.id]);
    expect(await app.registry.refreshLookupKeys('test')).toBe(true);
    const keys = await app.database.query<{ key: string }>('select key from profile_keys where profile_id = $1', [profile.id]);
    expect(keys.map((k) => k.key)).toEqual(['handle:uudelleen']);
    const verified = await app.registry.verify({ url: 'instagram.com/uudelleen' });
    expect(verified.ok && verified.status).toBe('official');
    const [entry] = await app.database.query<{ action: string }>("select action from audit_log where action = 'registry.keys-recomputed'");
    expect(entry).toBeDefined();
    expect(await app.registry.refreshLookupKeys('test')).toBe(false);
  });
});
