import type { Config } from '../config';
import { hashPassword } from '../platform/auth/passwords';
import type { Role } from '../platform/auth/staff';
import type { PeopleService } from './service';

/** Known to anyone who reads the README: demo accounts exist only with demo data. */
export const demoPassword = 'demo-Somerekisteri-2026';

export interface DemoAccount {
  email: string;
  role: Role;
}

/** One person per role; the supervisor and the employee work in the units given. */
export function demoAccounts(config: Config, units: { supervisorUnit: string; employeeUnit: string }) {
  const at = (local: string) => `${local}@${config.city.emailDomain}`;
  return [
    { email: at('viestinta.demo'), displayName: 'Ville Viestijä', role: 'communications' as const, unitId: null },
    { email: at('esihenkilo.demo'), displayName: 'Eeva Esihenkilö', role: 'supervisor' as const, unitId: units.supervisorUnit },
    { email: at('tyontekija.demo'), displayName: 'Teemu Työntekijä', role: 'employee' as const, unitId: units.employeeUnit },
    { email: at('tarkastaja.demo'), displayName: 'Tiina Tarkastaja', role: 'auditor' as const, unitId: null },
  ];
}

/** Creates the demo staff in a database without any staff; returns the accounts to sign in as. */
export async function ensureDemoAccounts(people: PeopleService, config: Config, units: { supervisorUnit: string; employeeUnit: string }): Promise<DemoAccount[]> {
  const accounts = demoAccounts(config, units);
  const existing = await people.list();
  if (existing.length === 0) {
    const hash = await hashPassword(demoPassword);
    for (const a of accounts) {
      const result = await people.create({ email: a.email, displayName: a.displayName, lang: 'fi', roles: [{ role: a.role, unitId: a.unitId }] }, 'system:demo-data', hash);
      if (!result.ok) throw new Error(`Demo account ${a.email} does not validate: ${JSON.stringify(result.problems)}`);
    }
  }
  const present = new Set((await people.list()).map((p) => p.email));
  return accounts.filter((a) => present.has(a.email)).map((a) => ({ email: a.email, role: a.role }));
}
