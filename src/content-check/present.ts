import type { Translate } from '../platform/i18n/i18n';
import type { CheckResult, MediaProblem } from './domain/check';
import type { FindingType } from './domain/finding';

/** A check as the API and the page show it: every finding with its message and suggestion in words. */
export interface PresentedCheck {
  verdict: CheckResult['verdict'];
  verdictText: string;
  findings: { type: FindingType; start: number; end: number; text: string; message: string; suggestion: string }[];
  media: { index: number; problem: MediaProblem; message: string }[];
  quotes: { start: number; end: number; message: string; suggestion: string }[];
  masked: string;
}

export function presentCheck(result: CheckResult, t: Translate): PresentedCheck {
  return {
    verdict: result.verdict,
    verdictText: t(`contentCheck:verdictText.${result.verdict}`),
    findings: result.findings.map((f) => ({
      ...f,
      message: t(`contentCheck:message.${f.type}`, { text: f.text }),
      suggestion: t(`contentCheck:suggestion.${f.type}`),
    })),
    media: result.media.map((m) => ({ ...m, message: t(`contentCheck:media.${m.problem}`) })),
    quotes: result.quotes.map((q) => ({ ...q, message: t('contentCheck:quote.message'), suggestion: t('contentCheck:quote.suggestion') })),
    masked: result.masked,
  };
}
