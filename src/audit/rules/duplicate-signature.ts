// duplicate-signature: the same step signed again in a case with no rejection or return in between, or one person
// signing two different steps of the same case.

import { NONE } from '../../log/dictionary.js';
import { summarize } from '../../performance/summarize.js';
import { isNegative, type AuditContext, type RuleOptions } from '../audit-context.js';
import { casesText, faNumber, type Finding, type Severity } from '../finding.js';
import { caseIdsOf, caseShare, type AuditRule } from './rule.js';

/** Signature positions that repeat an earlier signature of the same step with no rejection or return in between. O(signatures). */
export function repeatedSignatures(context: AuditContext): Int32Array {
  const { signatures } = context;
  const lastAt = new Int32Array(signatures.stepNames.length).fill(-1);
  const repeats: number[] = [];
  for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
    const first = signatures.caseStart[c] as number;
    let lastNegative = first - 1;
    for (let i = first; i < (signatures.caseStart[c + 1] as number); i++) {
      const s = signatures.step[i] as number;
      const previous = lastAt[s] as number;
      if (previous >= first && previous > lastNegative) repeats.push(i);
      lastAt[s] = i;
      if (isNegative(signatures.kind[i] as number)) lastNegative = i;
    }
  }
  return Int32Array.from(repeats);
}

const severityOf = (share: number): Severity => (share >= 0.05 ? 'medium' : 'low');

/**
 * One finding per step signed again without a rejection or return in between (metrics: cases, repeats, waiting the
 * repeats add), and one per pair of steps signed by the same person in a case. Severity: medium when at least 5% of
 * cases are affected, else low. O(signatures).
 */
export const duplicateSignature: AuditRule = {
  id: 'duplicate-signature',
  describe: 'a step signed again without a rejection or return in between, or one person signing two steps of a case',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { signatures, log } = context;
    const findings: Finding[] = [];
    const byStep = new Map<number, number[]>();
    for (const i of repeatedSignatures(context)) {
      const s = signatures.step[i] as number;
      const list = byStep.get(s) ?? [];
      list.push(i);
      byStep.set(s, list);
    }
    const caseOfSignature = (i: number): number => {
      let lo = 0;
      let hi = signatures.caseStart.length - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((signatures.caseStart[mid] as number) <= i) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const [s, positions] of byStep) {
      const name = signatures.stepNames[s] ?? '';
      const cases = caseIdsOf(context, positions.map(caseOfSignature));
      const wait = summarize(positions.map((i) => context.waiting[signatures.event[i] as number] as number));
      findings.push({
        id: `duplicate-signature:${name}`,
        type: 'duplicate-signature',
        severity: severityOf(caseShare(context, cases.length)),
        activities: [name],
        cases,
        metrics: { cases: cases.length, repeats: positions.length, waitingMedian: wait.median, waitingTotal: wait.total, impact: caseShare(context, cases.length) },
        message:
          options.lang === 'fa'
            ? `«${name}» در ${faNumber(cases.length)} پرونده بدون رد یا برگشت در میان دوباره امضا شده است.`
            : `“${name}” was signed again without a rejection or return in between in ${casesText(cases.length)}.`,
      });
    }
    // One person, two different steps: the first step each resource signed in the case, then any other step.
    const pairs = new Map<string, { a: number; b: number; cases: Set<number> }>();
    const firstStepOf = new Map<number, number>();
    for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
      firstStepOf.clear();
      for (let i = signatures.caseStart[c] as number; i < (signatures.caseStart[c + 1] as number); i++) {
        const resource = log.resource[signatures.event[i] as number] as number;
        if (resource === NONE) continue;
        const s = signatures.step[i] as number;
        const earlier = firstStepOf.get(resource);
        if (earlier === undefined) firstStepOf.set(resource, s);
        else if (earlier !== s) {
          const key = `${earlier}|${s}`;
          const entry = pairs.get(key) ?? { a: earlier, b: s, cases: new Set<number>() };
          entry.cases.add(c);
          pairs.set(key, entry);
        }
      }
    }
    for (const { a, b, cases: set } of pairs.values()) {
      const first = signatures.stepNames[a] ?? '';
      const second = signatures.stepNames[b] ?? '';
      const cases = caseIdsOf(context, set);
      findings.push({
        id: `duplicate-signature:same-person:${first}|${second}`,
        type: 'duplicate-signature',
        severity: severityOf(caseShare(context, cases.length)),
        activities: [second, first],
        cases,
        metrics: { cases: cases.length, impact: caseShare(context, cases.length) },
        message:
          options.lang === 'fa'
            ? `در ${faNumber(cases.length)} پرونده یک نفر هم «${first}» و هم «${second}» را امضا کرده است.`
            : `In ${casesText(cases.length)} one person signed both “${first}” and “${second}”.`,
      });
    }
    return findings;
  },
};
