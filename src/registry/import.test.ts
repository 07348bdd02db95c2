import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { createProfile } from '../../test/helpers/factories';
import { exportDocument, parseAdministrators, parseImportFile, profilesToCsv } from './exchange';
import { ImportRejectedError } from './service';

let app: App;
freshAppPerTest((a) => (app = a));

async function importText(text: string) {
  const parsed = parseImportFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return app.registry.importProfiles(parsed.rows, parsed.units, 'test-import');
}

async function exportCsv() {
  const units = await app.registry.unitsById();
  return profilesToCsv((await app.registry.allProfiles()).map((p) => app.registry.present(p, units)));
}

const count = async (table: string) => (await app.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

describe('importing profiles', () => {
  it('takes a minimal spreadsheet: platform, url or handle, display name; kind defaults to organisation', async () => {
    const summary = await importText(
      [
        'platform,url,handle,displayName,extraColumn',
        'instagram,https://www.instagram.com/pieksamaki/,,Pieksämäen kaupunki,ignored',
        'x,,pieksamaki,Pieksämäen kaupunki,',
      ].join('\n'),
    );
    expect(summary).toEqual({ added: 2, updated: 0, unchanged: 0 });
    const profiles = await app.registry.allProfiles();
    expect(profiles.map((p) => [p.platform, p.kind, p.handle])).toEqual(
      expect.arrayContaining([
        ['instagram', 'organisation', 'pieksamaki'],
        ['x', 'organisation', 'pieksamaki'],
      ]),
    );
    expect((await app.registry.verify({ url: 'https://x.com/Pieksamaki' })).ok).toBe(true);
  });

  it('imports all or nothing, naming the row and the field of every error', async () => {
    const parsed = parseImportFile(
      [
        'platform,url,displayName,contactEmail',
        'instagram,https://www.instagram.com/ok_row/,Kelvollinen,viestinta@pieksamaki.fi',
        'instagram,https://www.instagram.com/bad_row/,Huono osoite,viestinta@gmail.com',
        'facebook,https://www.facebook.com/groups/123,Ryhmä ei ole profiili,',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const error = await app.registry.importProfiles(parsed.rows, parsed.units, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).rows.map((r) => [r.row, r.violations[0]?.field, r.violations[0]?.code])).toEqual([
      [3, 'contactEmail', 'rules.emailNotCityDomain'],
      [4, 'url', 'address.not-an-address'],
    ]);
    expect(await count('profiles')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('reports schema errors by spreadsheet row before touching the database', () => {
    const parsed = parseImportFile('platform,url,displayName\nmyspace,https://myspace.com/x,X\ninstagram,https://instagram.com/y,\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'platform'],
      [3, 'displayName'],
    ]);
  });

  it('refuses the same profile twice in one file', async () => {
    const parsed = parseImportFile('platform,url,displayName\ninstagram,https://instagram.com/kaksi,A\ninstagram,https://www.instagram.com/KAKSI/,B\n');
    if (!parsed.ok) throw new Error('parse failed');
    const error = (await app.registry.importProfiles(parsed.rows, [], 'test').catch((e: unknown) => e)) as ImportRejectedError;
    expect(error.rows).toEqual([{ row: 3, violations: [expect.objectContaining({ code: 'rules.duplicateInFile', params: { row: '2' } })] }]);
  });

  it('imports its own CSV export back unchanged', async () => {
    const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' } }, 'test');
    const successor = await createProfile(app.registry, { unitId: unit.id });
    await createProfile(app.registry, {
      kind: 'expert',
      platform: 'linkedin',
      url: 'https://www.linkedin.com/in/seija-laitinen',
      handle: null,
      displayName: 'Pieksämäen Nuorisotoimi Seija Laitinen',
      employeeName: 'Seija Laitinen',
      employeeTitle: 'nuoriso-ohjaaja',
      contactEmail: 'seija.laitinen@pieksamaki.fi',
      administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }],
      unitId: unit.id,
      status: 'closing',
      closingDate: '2027-01-31',
      closingReason: 'Tehtävä päättyy; seuraa nuorisopalveluita.',
      successorProfileId: successor.id,
    });
    const before = await exportCsv();
    const summary = await importText(before);
    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await exportCsv()).toBe(before);

    // Into an empty registry it recreates the same entries, ids and dates included.
    const auditBefore = await count('audit_log');
    await app.database.query('truncate profiles, profile_administrators, profile_keys, units cascade');
    expect(await importText(before)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await exportCsv()).toBe(before);
    expect(await count('audit_log')).toBeGreaterThan(auditBefore);
  });

  it('imports the JSON export with the unit hierarchy', async () => {
    const sector = await app.registry.createUnit({ parentId: null, level: 'sector', name: { fi: 'Sivistystoimiala', sv: 'Bildningssektorn', en: 'Education sector' } }, 'test');
    const unit = await app.registry.createUnit({ parentId: sector.id, level: 'unit', name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' } }, 'test');
    await createProfile(app.registry, { unitId: unit.id });
    const units = await app.registry.unitsById();
    const json = JSON.stringify(exportDocument([...units.values()], (await app.registry.allProfiles()).map((p) => app.registry.present(p, units)), new Date()));
    await app.database.query('truncate profiles, profile_administrators, profile_keys, units cascade');
    expect(await importText(json)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await app.registry.listUnits()).find((u) => u.id === unit.id)?.parentId).toBe(sector.id);
  });

  it('reads administrators written as "Name (Job title); Name (Job title)"', () => {
    expect(parseAdministrators('Seija Laitinen (nuoriso-ohjaaja); Matti Virtanen (viestintäsuunnittelija) ;')).toEqual([
      { name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' },
      { name: 'Matti Virtanen', jobTitle: 'viestintäsuunnittelija' },
    ]);
    // A name without a title is kept, and the missing title is then reported by the O4 rule.
    expect(parseAdministrators('Matti Virtanen')).toEqual([{ name: 'Matti Virtanen', jobTitle: '' }]);
  });
});
