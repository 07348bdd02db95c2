import type { Config } from '../../config';
import type { Database } from '../../platform/db/database';
import { parseImportFile } from '../exchange';
import type { RegistryService } from '../service';
import { demoDocument } from './data';

export const demoActor = 'system:demo-data';

/**
 * Loads the demo registry for the configured city, only into a database with no units and no
 * profiles: demo data must never mix with a city's real entries.
 */
export async function loadDemoData(registry: RegistryService, database: Database, config: Config): Promise<boolean> {
  const [row] = await database.query<{ n: number }>(
    'select (select count(*) from units)::int + (select count(*) from profiles)::int as n',
  );
  if ((row?.n ?? 0) > 0) return false;
  const document = demoDocument(config.city, new Date());
  const parsed = parseImportFile(JSON.stringify(document));
  if (!parsed.ok) throw new Error(`Demo data does not validate: ${JSON.stringify(parsed.issues)}`);
  await registry.importProfiles(parsed.rows, parsed.units, demoActor);
  return true;
}
