// implied-signature: step B whose decision always repeats an earlier step A's, rejections and returns included, so
// B adds no independent judgement.

import type { AuditContext, RuleOptions } from '../audit-context.js';
import { faNumber, type Finding } from '../finding.js';
import { pairStats } from '../pair-stats.js';
import { stepWaitingSummary } from '../summary-of.js';
import { caseIdsWithStep, caseShare, type AuditRule } from './rule.js';

/** A must have rejected or returned, before B, in at least this many of the shared cases. */
export const MIN_IMPLIED_NEGATIVES = 3;

/**
 * Flags B implied by A when, in at least `minSupport` cases where A's first signature precedes B's, B's first
 * decision equals A's last decision before it every time, and A rejected or returned in at least 3 of those cases
 * (so agreement on rejections is observed, not only on approvals). When several earlier steps imply B, the one
 * closest in frequency is named. Severity: high when B's median waiting is at least a (working) day, else medium.
 * O(signatures × steps per case).
 */
export const impliedSignature: AuditRule = {
  id: 'implied-signature',
  describe: "a step whose decision always repeats an earlier step's, rejections included",
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const pairs = pairStats(context, options.minSupport);
    const { signatures } = context;
    const k = pairs.steps.length;
    const findings: Finding[] = [];
    for (let b = 0; b < k; b++) {
      let best = -1;
      for (let a = 0; a < k; a++) {
        const cell = a * k + b;
        const shared = pairs.before[cell] as number;
        if (a === b || shared < options.minSupport || pairs.agree[cell] !== shared || (pairs.negative[cell] as number) < MIN_IMPLIED_NEGATIVES) continue;
        if (best < 0 || shared > (pairs.before[best * k + b] as number)) best = a;
      }
      if (best < 0) continue;
      const stepB = pairs.steps[b] as number;
      const stepA = pairs.steps[best] as number;
      const nameB = signatures.stepNames[stepB] ?? '';
      const nameA = signatures.stepNames[stepA] ?? '';
      const cell = best * k + b;
      const wait = stepWaitingSummary(context, stepB);
      findings.push({
        id: `implied-signature:${nameB}|${nameA}`,
        type: 'implied-signature',
        severity: wait.median >= context.dayLength ? 'high' : 'medium',
        activities: [nameB, nameA],
        cases: caseIdsWithStep(context, stepB),
        metrics: {
          sharedCases: pairs.before[cell] as number,
          agreements: pairs.agree[cell] as number,
          negativesRepeated: pairs.negative[cell] as number,
          waitingMedian: wait.median,
          waitingTotal: wait.total,
          impact: caseShare(context, context.steps[stepB]?.cases ?? 0),
        },
        message:
          options.lang === 'fa'
            ? `«${nameB}» در هر ${faNumber(pairs.before[cell] as number)} پرونده همان تصمیم «${nameA}» را تکرار کرده است، از جمله ${faNumber(pairs.negative[cell] as number)} رد یا برگشت.`
            : `“${nameB}” repeated the decision of “${nameA}” in all ${pairs.before[cell]} shared cases, including ${pairs.negative[cell]} rejections or returns.`,
      });
    }
    return findings;
  },
};
