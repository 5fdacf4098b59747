// optional-signature: a step skipped in a large share of the cases that passed the point where it normally happens,
// with no measurable effect on the final outcome. Cases that ended before that point are not skips.

import { isNegative, type AuditContext, type RuleOptions } from '../audit-context.js';
import { faNumber, type Finding } from '../finding.js';
import { pairStats } from '../pair-stats.js';
import { fisherExact } from '../statistics.js';
import { stepWaitingSummary } from '../summary-of.js';
import { caseIdsWithStep, caseShare, type AuditRule } from './rule.js';

/** Skipped in at least this share of the cases that passed its point. */
export const MIN_SKIP_SHARE = 0.2;
/** No effect: Fisher's exact test of performed/skipped × final outcome has p at least this (no effect measurable at the 1% level). */
export const OUTCOME_ALPHA = 0.01;
/** A later step marks the point when it comes after this step in all but this share of shared cases. */
const ORDER_TOLERANCE = 0.01;

/**
 * A case passed the point of step S when it has a signature of a step that (nearly) always comes after S. S is
 * optional when it was skipped in at least 20% of those cases (at least `minSupport` skips and performances), and
 * the final outcome (the case's last decision a rejection or return, or not) does not depend on whether S was
 * performed: two-sided Fisher exact test p ≥ 0.01 (Fisher 1922). Severity: high when S's median waiting is at least
 * a (working) day, else medium. O(k² + Σ over signature variants of their signatures and the steps whose point they
 * passed).
 */
export const optionalSignature: AuditRule = {
  id: 'optional-signature',
  describe: 'a step often skipped by cases past its point, with no effect on the outcome (Fisher exact test)',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const pairs = pairStats(context, options.minSupport);
    const { signatures } = context;
    const k = pairs.steps.length;
    const after: number[][] = [];
    for (let s = 0; s < k; s++) {
      const later: number[] = [];
      for (let t = 0; t < k; t++) {
        const forward = pairs.before[s * k + t] as number;
        if (t !== s && forward >= options.minSupport && (pairs.before[t * k + s] as number) <= ORDER_TOLERANCE * forward) later.push(t);
      }
      after.push(later);
    }
    // Inverted, as one typed table: passes[passStart[t]] … are the steps whose point a signature of step t shows the
    // case has passed.
    const passStart = new Int32Array(k + 1);
    after.forEach((later) => later.forEach((t) => (passStart[t + 1] = (passStart[t + 1] as number) + 1)));
    for (let t = 0; t < k; t++) passStart[t + 1] = (passStart[t + 1] as number) + (passStart[t] as number);
    const passes = new Int32Array(passStart[k] as number);
    const passCursor = passStart.slice(0, k);
    after.forEach((later, step) =>
      later.forEach((t) => {
        passes[passCursor[t] as number] = step;
        passCursor[t] = (passCursor[t] as number) + 1;
      }),
    );
    const performed = new Int32Array(k);
    const performedNegative = new Int32Array(k);
    const skipped = new Int32Array(k);
    const skippedNegative = new Int32Array(k);
    const presentIn = new Int32Array(k).fill(-1);
    const passedIn = new Int32Array(k).fill(-1);
    const present = new Int32Array(k);
    // What a case adds depends on its signatures only: each variant's first case is counted, times its cases.
    const { first, count: weights } = context.variants;
    for (let v = 0; v < first.length; v++) {
      const c = first[v] as number;
      const weight = weights[v] as number;
      const from = signatures.caseStart[c] as number;
      const to = signatures.caseStart[c + 1] as number;
      if (from === to) continue;
      let count = 0;
      for (let i = from; i < to; i++) {
        const p = pairs.index[signatures.step[i] as number] as number;
        if (p >= 0 && presentIn[p] !== v) {
          presentIn[p] = v;
          present[count++] = p;
        }
      }
      const negativeEnd = isNegative(signatures.kind[to - 1] as number) ? weight : 0;
      for (let q = 0; q < count; q++) {
        const step = present[q] as number;
        performed[step] = (performed[step] as number) + weight;
        performedNegative[step] = (performedNegative[step] as number) + negativeEnd;
      }
      // Cost per variant: the passes lists of its steps, not all steps × their successors.
      for (let q = 0; q < count; q++) {
        const t = present[q] as number;
        for (let at = passStart[t] as number; at < (passStart[t + 1] as number); at++) {
          const step = passes[at] as number;
          if (presentIn[step] === v || passedIn[step] === v) continue;
          passedIn[step] = v;
          skipped[step] = (skipped[step] as number) + weight;
          skippedNegative[step] = (skippedNegative[step] as number) + negativeEnd;
        }
      }
    }
    const findings: Finding[] = [];
    for (let s = 0; s < k; s++) {
      const done = performed[s] as number;
      const skips = skipped[s] as number;
      if (skips < options.minSupport || done < options.minSupport || skips / (skips + done) < MIN_SKIP_SHARE) continue;
      const p = fisherExact(performedNegative[s] as number, done - (performedNegative[s] as number), skippedNegative[s] as number, skips - (skippedNegative[s] as number));
      if (p < OUTCOME_ALPHA) continue;
      const step = pairs.steps[s] as number;
      const name = signatures.stepNames[step] ?? '';
      const wait = stepWaitingSummary(context, step);
      const share = skips / (skips + done);
      const percent = Math.round(share * 100);
      const later = (after[s] as number[]).map((t) => signatures.stepNames[pairs.steps[t] as number] ?? '');
      findings.push({
        id: `optional-signature:${name}`,
        type: 'optional-signature',
        severity: wait.median >= context.dayLength ? 'high' : 'medium',
        activities: [name, ...later],
        cases: caseIdsWithStep(context, step),
        metrics: {
          performed: done,
          skipped: skips,
          skipShare: share,
          negativeOutcomesPerformed: performedNegative[s] as number,
          negativeOutcomesSkipped: skippedNegative[s] as number,
          fisherP: p,
          waitingMedian: wait.median,
          waitingTotal: wait.total,
          impact: caseShare(context, context.steps[step]?.cases ?? 0),
        },
        message:
          options.lang === 'fa'
            ? `«${name}» در ${faNumber(percent)}٪ پرونده‌هایی که از مرحله آن گذشتند انجام نشده و اثری بر نتیجه نهایی ندارد (آزمون دقیق فیشر، p=${faNumber(Number(p.toFixed(2)))}).`
            : `“${name}” was skipped in ${percent}% of the cases that passed its point, with no effect on the final outcome (Fisher's exact test, p=${p.toFixed(2)}).`,
      });
    }
    return findings;
  },
};
