import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest } from '../../../test/helpers/app';
import { createProfile } from '../../../test/helpers/factories';
import { recordAudit, verifyAuditChain } from './audit';
import { checkChain, entryHash } from './chain';

let app: App;
freshAppPerTest((a) => (app = a));

async function threeChanges() {
  const profile = await createProfile(app.registry);
  await app.registry.saveProfile({ ...profile, displayName: 'Toinen nimi' }, { id: profile.id, actor: 'test' });
  await app.registry.saveProfile({ ...profile, displayName: 'Kolmas nimi' }, { id: profile.id, actor: 'test' });
}

describe('the audit trail cannot be quietly rewritten', () => {
  it('links every entry to the one before it', async () => {
    await threeChanges();
    expect(await verifyAuditChain(app.database.db)).toEqual({ ok: true, entries: 3 });
    expect(await verifyAuditChain(app.database.db, 2)).toEqual({ ok: true, entries: 3 });
  });

  it('catches an entry edited directly in the database', async () => {
    await threeChanges();
    await app.database.query("update audit_log set actor = 'joku muu' where id = 2");
    expect(await verifyAuditChain(app.database.db)).toMatchObject({ ok: false, broken: { id: 2, reason: 'content-changed' } });
  });

  it('catches a change inside the recorded before and after', async () => {
    await threeChanges();
    await app.database.query(`update audit_log set "after" = jsonb_set("after", '{displayName}', '"Väärennetty"') where id = 3`);
    expect(await verifyAuditChain(app.database.db)).toMatchObject({ ok: false, broken: { id: 3, reason: 'content-changed' } });
  });

  it('catches an entry removed from the middle', async () => {
    await threeChanges();
    await app.database.query('delete from audit_log where id = 2');
    expect(await verifyAuditChain(app.database.db)).toMatchObject({ ok: false, broken: { id: 3, reason: 'wrong-link' } });
  });

  it('catches a rewritten hash', async () => {
    await threeChanges();
    await app.database.query("update audit_log set actor = 'joku muu', hash = 'abc' where id = 3");
    expect(await verifyAuditChain(app.database.db)).toMatchObject({ ok: false, broken: { id: 3 } });
  });

  it('seals entries written before the chain existed, once, and goes on from them', async () => {
    await app.database.query(
      "insert into audit_log (actor, action, entity_type, entity_id, after) values ('old', 'unit.added', 'unit', 'u1', '{\"b\": 1, \"a\": [1, 2]}'), ('old', 'unit.added', 'unit', 'u2', null)",
    );
    expect(await verifyAuditChain(app.database.db)).toMatchObject({ ok: false, broken: { id: 1, reason: 'missing-hash' } });
    await app.database.db.transaction((tx) => recordAudit(tx, { actor: 'test', action: 'unit.added', entityType: 'unit', entityId: 'u3' }));
    expect(await verifyAuditChain(app.database.db)).toEqual({ ok: true, entries: 3 });
  });
});

describe('the hash of an entry', () => {
  const content = {
    occurredAt: new Date('2026-11-24T10:00:00.123Z'),
    actor: 'test',
    action: 'profile.added',
    entityType: 'profile',
    entityId: 'p1',
    before: null,
    after: { b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } },
  };

  it('does not depend on the order of keys, which jsonb changes', () => {
    const reordered = { ...content, after: { a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 } };
    expect(entryHash('prev', reordered)).toBe(entryHash('prev', content));
  });

  it('changes with the previous hash and with any field', () => {
    expect(entryHash('other', content)).not.toBe(entryHash('prev', content));
    expect(entryHash('prev', { ...content, entityId: 'p2' })).not.toBe(entryHash('prev', content));
    expect(entryHash('prev', { ...content, occurredAt: new Date('2026-11-24T10:00:00.124Z') })).not.toBe(entryHash('prev', content));
  });

  it('is checked link by link', () => {
    const first = { ...content, id: 1, prevHash: null, hash: entryHash(null, content) };
    const second = { ...content, id: 2, entityId: 'p2', prevHash: first.hash, hash: entryHash(first.hash, { ...content, entityId: 'p2' }) };
    expect(checkChain([first, second], null)).toEqual({ ok: true, lastHash: second.hash });
    expect(checkChain([second], null)).toEqual({ ok: false, broken: { id: 2, reason: 'wrong-link' } });
  });
});
