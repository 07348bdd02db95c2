// Absences of the one person behind an expert profile (policy rule E4).

export interface Absence {
  startsOn: string;
  endsOn: string;
  /** Who answers meanwhile, if anyone. */
  substitute: string;
  /** What the profile tells its followers meanwhile, if no one answers. */
  awayMessage: string;
  showPublicly: boolean;
}

export interface AbsenceProblem {
  field: 'startsOn' | 'endsOn' | 'substitute';
  code: 'dateInvalid' | 'endsBeforeStart' | 'inPast' | 'coverRequired';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) => isoDate.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export function absenceProblems(a: Absence, today: string): AbsenceProblem[] {
  const problems: AbsenceProblem[] = [];
  if (!validDate(a.startsOn)) problems.push({ field: 'startsOn', code: 'dateInvalid' });
  if (!validDate(a.endsOn)) problems.push({ field: 'endsOn', code: 'dateInvalid' });
  else if (validDate(a.startsOn) && a.endsOn < a.startsOn) problems.push({ field: 'endsOn', code: 'endsBeforeStart' });
  else if (a.endsOn < today) problems.push({ field: 'endsOn', code: 'inPast' });
  // Followers must not be left waiting in silence: someone answers, or the profile says so.
  if (!a.substitute.trim() && !a.awayMessage.trim()) problems.push({ field: 'substitute', code: 'coverRequired' });
  return problems;
}

/** The absence in force on a day, if any; of overlapping ones, the one that ends last. */
export function absenceOn<T extends Absence>(absences: T[], day: string): T | null {
  return absences.filter((a) => a.startsOn <= day && day <= a.endsOn).sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0] ?? null;
}
