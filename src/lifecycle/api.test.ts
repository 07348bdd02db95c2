import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { createStaff } from '../../test/helpers/client';
import { buildProposalDetails, buildUnit, createProfile } from '../../test/helpers/factories';
import type { RoleAssignment, Scope, StaffUser } from '../platform/auth/staff';
import type { ProposalDetails } from './domain/proposal';

// The staff API's read-only view of proposals and terms of service reviews: a token with
// proposals:read sees what its owner sees in the browser, and can change nothing.

let app: App;
freshAppPerTest((a) => (app = a), { now: () => new Date('2026-11-26T09:00:00Z') });

let units: { youth: string; other: string };

beforeEach(async () => {
  const youth = await app.registry.createUnit(buildUnit(), 'test');
  const other = await app.registry.createUnit(buildUnit(), 'test');
  units = { youth: youth.id, other: other.id };
  await app.terms.recordVersion('instagram', { version: '2026-01-01', note: '', source: 'manual' }, 'test');
});

async function staff(roles: RoleAssignment[]): Promise<StaffUser> {
  const account = await createStaff(app, { roles });
  return (await app.auth.staffUser(app.database.db, account.id))!;
}

async function tokenOf(user: StaffUser, scopes: Scope[]): Promise<string> {
  return (await app.auth.createAccessToken(user, { name: 'raportointi', scopes, expiresAt: null })).token;
}

const get = (token: string, url: string) => app.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });

const details = (overrides: Partial<ProposalDetails> = {}): ProposalDetails => buildProposalDetails({ unitId: units.youth, ...overrides });

describe('proposals in the staff API (policy rules O1–O3)', () => {
  it('gives a proposals:read token the proposals its owner may see, by state and a page at a time', async () => {
    const employee = await staff([{ role: 'employee', unitId: units.youth }]);
    const first = await app.lifecycle.createDraft(employee, details());
    const second = await app.lifecycle.createDraft(employee, details({ workingName: 'Nuorisotila Kupla' }));
    if (!first.ok || !second.ok) throw new Error('draft refused');
    expect(await app.lifecycle.submit(employee, first.proposal.id)).toMatchObject({ ok: true });

    const token = await tokenOf(employee, ['proposals:read']);
    const all = await get(token, '/api/v1/staff/proposals');
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(all.json().items.map((p: { workingName: string }) => p.workingName).sort()).toEqual(['Nuorisotila Kupla', 'Pieksämäen nuoriso']);
    const submitted = (await get(token, '/api/v1/staff/proposals?state=submitted')).json();
    expect(submitted.items).toEqual([
      expect.objectContaining({ id: first.proposal.id, state: 'submitted', administrators: [expect.objectContaining({ name: 'Seija Laitinen' }), expect.objectContaining({ name: 'Matti Virtanen' })], hoursPerWeek: 3 }),
    ]);
    expect((await get(token, '/api/v1/staff/proposals?limit=1&offset=1')).json()).toMatchObject({ total: 2, items: [expect.any(Object)] });
    expect((await get(token, `/api/v1/staff/proposals/${first.proposal.id}`)).json()).toMatchObject({ id: first.proposal.id, submittedAt: expect.any(String) });
    const badState = await get(token, '/api/v1/staff/proposals?state=lost');
    expect(badState.statusCode).toBe(400);
    expect(badState.json().field).toBe('state');
  });

  it("shows nobody else's proposals, and refuses a token without the scope", async () => {
    const employee = await staff([{ role: 'employee', unitId: units.youth }]);
    const draft = await app.lifecycle.createDraft(employee, details());
    if (!draft.ok) throw new Error('draft refused');
    const outsider = await staff([{ role: 'employee', unitId: units.other }]);
    const outsiderToken = await tokenOf(outsider, ['proposals:read']);
    expect((await get(outsiderToken, '/api/v1/staff/proposals')).json()).toMatchObject({ total: 0, items: [] });
    expect((await get(outsiderToken, `/api/v1/staff/proposals/${draft.proposal.id}`)).statusCode).toBe(403);
    expect((await get(outsiderToken, '/api/v1/staff/proposals/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const wrongScope = await tokenOf(employee, ['registry:read']);
    expect((await get(wrongScope, '/api/v1/staff/proposals')).statusCode).toBe(403);
    expect((await app.server.inject({ method: 'GET', url: '/api/v1/staff/proposals' })).statusCode).toBe(401);
  });

  it('lets a proposals:read token read, but take no step of the workflow', async () => {
    const employee = await staff([{ role: 'employee', unitId: units.youth }]);
    const draft = await app.lifecycle.createDraft(employee, details());
    if (!draft.ok) throw new Error('draft refused');
    const reading: StaffUser = { ...employee, tokenScopes: ['proposals:read'] };
    expect(await app.lifecycle.submit(reading, draft.proposal.id)).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(await app.lifecycle.createDraft(reading, details())).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect((await app.lifecycle.get(draft.proposal.id))!.state).toBe('draft');
  });
});

describe('terms of service reviews in the staff API (policy rule O5)', () => {
  it('gives the open reviews its owner may answer, then the answered ones', async () => {
    await createProfile(app.registry, { platform: 'instagram', unitId: units.youth, displayName: 'Pieksämäen nuoriso' });
    await app.terms.recordVersion('instagram', { version: '2026-11-20', note: '', source: 'manual' }, 'test');
    const communications = await staff([{ role: 'communications', unitId: null }]);
    const token = await tokenOf(communications, ['proposals:read']);
    const open = await get(token, '/api/v1/staff/terms-reviews');
    expect(open.statusCode).toBe(200);
    expect(open.json().items).toEqual([
      expect.objectContaining({ profileName: 'Pieksämäen nuoriso', platform: 'instagram', termsVersion: '2026-11-20', dueOn: '2026-12-26', overdue: false, outcome: null }),
    ]);
    expect((await get(token, '/api/v1/staff/terms-reviews?status=reviewed')).json().items).toEqual([]);
    const reading: StaffUser = { ...communications, tokenScopes: ['proposals:read'] };
    expect(await app.termsReviews.record(reading, open.json().items[0].id, 'continue', '')).toMatchObject({ ok: false, refusal: 'forbidden' });
    const outsider = await tokenOf(await staff([{ role: 'employee', unitId: units.other }]), ['proposals:read']);
    expect((await get(outsider, '/api/v1/staff/terms-reviews')).json().items).toEqual([]);
    expect((await get(await tokenOf(communications, ['cases:read']), '/api/v1/staff/terms-reviews')).statusCode).toBe(403);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.server.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/staff/proposals', '/api/v1/staff/proposals/{id}', '/api/v1/staff/terms-reviews']));
    expect(doc.components.schemas.Proposal).toBeDefined();
    expect(doc.components.schemas.TermsReview).toBeDefined();
  });
});
