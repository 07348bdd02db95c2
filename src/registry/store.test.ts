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
