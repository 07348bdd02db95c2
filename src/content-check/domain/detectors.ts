import { findAddresses } from './addresses';
import { findConfidential } from './confidential';
import type { Detector } from './check';
import type { Finding } from './finding';
import { findIdentifiers } from './identifiers';
import { findPeople } from './names';
import { findHealth } from './sensitive';

/** Names of people, with what needs them: health data is a finding only about an identifiable person. */
const peopleAndHealth: Detector = (text: string): Finding[] => {
  const people = findPeople(text);
  const health = findHealth(text, people);
  return health.length ? people.concat(health) : people;
};

/** Every detector the check runs, in the order their findings weigh. */
export const defaultDetectors: readonly Detector[] = [findIdentifiers, peopleAndHealth, findAddresses, findConfidential];
