import { createHash } from 'node:crypto';
import { recordAudit, type Actor } from '../platform/audit/audit';
import type { Database } from '../platform/db/database';
import { checkContent, type CheckInput, type CheckResult, type Detector } from './domain/check';
import { defaultDetectors } from './domain/detectors';
import { findingTypes, type FindingType } from './domain/finding';

export interface ContentCheckDeps {
  /** Where confirmations are recorded; the command line checks without one. */
  database: Database | null;
  /** The city's own public e-mail addresses and phone numbers. */
  publicContacts: readonly string[];
  detectors?: readonly Detector[];
}

/** What the audit log keeps of a confirmation: never the text, unless its author chose so. */
export interface PublishingConfirmation {
  verdict: CheckResult['verdict'];
  findings: Partial<Record<FindingType, number>>;
  mediaProblems: number;
  unsourcedQuotes: number;
  /** Tells two confirmations of the same text apart without keeping it. */
  textSha256: string;
  text?: string;
}

export type ConfirmResult = { ok: true; confirmation: PublishingConfirmation } | { ok: false; reason: 'nothing-to-confirm' };

/** The check before publishing, for the staff page, the API and the command line. */
export class ContentCheckService {
  private readonly detectors: readonly Detector[];

  constructor(private readonly deps: ContentCheckDeps) {
    this.detectors = deps.detectors ?? defaultDetectors;
  }

  check(input: CheckInput): CheckResult {
    return checkContent(input, { detectors: this.detectors, publicContacts: this.deps.publicContacts });
  }

  /**
   * Records that someone publishes a draft despite what the check found, having read the findings
   * (P9). The draft is checked again here, so the record says what was really there.
   */
  async confirmPublishing(input: CheckInput & { keepText: boolean }, actor: Actor): Promise<ConfirmResult> {
    const database = this.deps.database;
    if (!database) throw new Error('confirmations are recorded in the database');
    const result = this.check(input);
    if (result.verdict === 'ok') return { ok: false, reason: 'nothing-to-confirm' };
    const counts: Partial<Record<FindingType, number>> = {};
    for (const type of findingTypes) {
      const n = result.findings.filter((f) => f.type === type).length;
      if (n) counts[type] = n;
    }
    const textSha256 = createHash('sha256').update(input.text).digest('hex');
    const confirmation: PublishingConfirmation = {
      verdict: result.verdict,
      findings: counts,
      mediaProblems: result.media.length,
      unsourcedQuotes: result.quotes.length,
      textSha256,
      ...(input.keepText ? { text: input.text } : {}),
    };
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, {
        actor,
        action: 'content-check.published-despite-findings',
        entityType: 'content-check',
        entityId: textSha256.slice(0, 16),
        after: confirmation,
      });
    });
    return { ok: true, confirmation };
  }
}
