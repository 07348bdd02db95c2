import { expect } from 'vitest';
import type { Finding } from './finding';

// For the detectors' tests: what a detector found in a text, as the texts found, after checking
// that every finding's offsets point at exactly its text.

export function foundIn(detect: (text: string) => Finding[], text: string): string[] {
  const findings = detect(text);
  for (const f of findings) expect(text.slice(f.start, f.end), `offsets of ${f.text}`).toBe(f.text);
  return findings.map((f) => f.text);
}
