import { describe, expect, it } from 'vitest';
import { freshAppPerTest, testConfig } from '../../test/helpers/app';
import { createStaff } from '../../test/helpers/client';
import type { App } from '../app';
import { loadDemoData } from '../registry/demo/load';
import { loadDemoCases } from './demo';

let app: App;
freshAppPerTest((a) => (app = a));

describe('the demo cases of fake profiles (policy rule P6)', () => {
  it('show one confirmed fake on the warning list and in verify, and one case waiting for triage', async () => {
    await loadDemoData(app.registry, app.database, testConfig());
    const account = await createStaff(app, { roles: [{ role: 'communications', unitId: null }] });
    const comms = (await app.auth.staffUser(app.database.db, account.id))!;
    expect(await loadDemoCases(app.impersonation, app.registry, comms)).toBe(2);

    const cases = await app.impersonation.list();
    expect(cases.map((c) => c.state).sort()).toEqual(['new', 'reported']);
    const [fake] = await app.impersonation.onlineFakes();
    const answer = (await app.server.inject(`/api/v1/verify?url=${encodeURIComponent(fake!.url)}`)).json();
    expect(answer).toMatchObject({ status: 'reported-fake', case: { number: fake!.caseNumber } });
    expect((await app.server.inject('/warnings')).body).toContain('_virallinen');

    // Only into a database without cases.
    expect(await loadDemoCases(app.impersonation, app.registry, comms)).toBe(0);
  });
});
