import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest, testConfig } from '../../../test/helpers/app';
import { createProfile } from '../../../test/helpers/factories';
import { loadDemoData } from './load';

let app: App;
freshAppPerTest((a) => (app = a));

describe('loading demo data', () => {
  it('fills an empty database, with an audit entry for every profile', async () => {
    expect(await loadDemoData(app.registry, app.database, testConfig())).toBe(true);
    const profiles = await app.registry.allProfiles();
    expect(profiles.length).toBeGreaterThanOrEqual(24);
    const [audit] = await app.database.query<{ n: number }>("select count(*)::int as n from audit_log where actor = 'system:demo-data' and entity_type = 'profile'");
    expect(audit!.n).toBe(profiles.length);
  });

  it('never mixes with real entries: a database with one profile gets nothing', async () => {
    await createProfile(app.registry);
    expect(await loadDemoData(app.registry, app.database, testConfig())).toBe(false);
    expect(await app.registry.allProfiles()).toHaveLength(1);
  });
});
