// duplicate-signature: the same step signed again in a case with no rejection or return in between, or one person
// signing two different steps of the same case.

import { NONE } from '../../log/dictionary.js';
import { caseOfSignature, isNegative, type AuditContext, type RuleOptions } from '../audit-context.js';
import { casesText, faNumber, type Finding, type Severity } from '../finding.js';
import { summarizeInPlace } from '../../performance/summarize.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

const repeatsOf = new WeakMap<AuditContext, Int32Array>();

/**
 * Signature positions (ascending) that repeat an earlier signature of the same step with no rejection or return in
 * between. Which of a case's signatures repeat depends on its signatures only: found once per signature variant (as
 * offsets), then placed in every case of the variant. O(variants' signatures + cases + repeats) once per context (the
 * rule and the what-if share it).
 */
export function repeatedSignatures(context: AuditContext): Int32Array {
  const known = repeatsOf.get(context);
  if (known) return known;
  const { signatures, variants } = context;
  const { caseStart } = signatures;
  const lastAt = new Int32Array(signatures.stepNames.length).fill(-1);
  const offsets: number[] = [];
  const offsetStart = new Int32Array(variants.first.length + 1);
  let total = 0;
  for (let v = 0; v < variants.first.length; v++) {
    const c = variants.first[v] as number;
    const first = caseStart[c] as number;
    let lastNegative = first - 1;
    for (let i = first; i < (caseStart[c + 1] as number); i++) {
      const s = signatures.step[i] as number;
      const previous = lastAt[s] as number;
      if (previous >= first && previous > lastNegative) offsets.push(i - first);
      lastAt[s] = i;
      if (isNegative(signatures.kind[i] as number)) lastNegative = i;
    }
    offsetStart[v + 1] = offsets.length;
    total += (variants.count[v] as number) * (offsets.length - (offsetStart[v] as number));
  }
  const result = new Int32Array(total);
  let at = 0;
  for (let c = 0; c + 1 < caseStart.length && at < total; c++) {
    const v = variants.of[c] as number;
    for (let k = offsetStart[v] as number; k < (offsetStart[v + 1] as number); k++) result[at++] = (caseStart[c] as number) + (offsets[k] as number);
  }
  repeatsOf.set(context, result);
  return result;
}

/** Steps A then B signed by one person in the same case: the cases, ascending. */
export interface SamePersonPair {
  readonly a: number;
  readonly b: number;
  readonly cases: readonly number[];
}

/**
 * Per case, the first step each resource signed, then any signature of that resource of another step makes the pair
 * (first step, this step). Pairs in order of first appearance. Resource-indexed tables (borrowed from the pool),
 * stamped with the case, keep the pass O(signatures) with no Map per case and no string keys.
 */
export function samePersonPairs(context: AuditContext): SamePersonPair[] {
  const { signatures, log } = context;
  const stepCount = signatures.stepNames.length;
  const stampOf = context.scratch.int32(log.resources.size).fill(-1);
  const firstStep = context.scratch.int32(log.resources.size);
  const pairIndex = new Map<number, number>();
  const pairs: { a: number; b: number; cases: number[] }[] = [];
  const { caseStart, event, step } = signatures;
  const resources = log.resource;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let i = caseStart[c] as number; i < to; i++) {
      const resource = resources[event[i] as number] as number;
      if (resource === NONE) continue;
      const s = step[i] as number;
      if (stampOf[resource] !== c) {
        stampOf[resource] = c;
        firstStep[resource] = s;
        continue;
      }
      const earlier = firstStep[resource] as number;
      if (earlier === s) continue;
      const key = earlier * stepCount + s;
      let at = pairIndex.get(key);
      if (at === undefined) {
        pairIndex.set(key, (at = pairs.length));
        pairs.push({ a: earlier, b: s, cases: [] });
      }
      const cases = (pairs[at] as { cases: number[] }).cases;
      if (cases[cases.length - 1] !== c) cases.push(c);
    }
  }
  context.scratch.give(stampOf);
  context.scratch.give(firstStep);
  return pairs;
}

const severityOf = (share: number): Severity => (share >= 0.05 ? 'medium' : 'low');

/**
 * One finding per step signed again without a rejection or return in between (metrics: cases, repeats, waiting the
 * repeats add), and one per pair of steps signed by the same person in a case. Severity: medium when at least 5% of
 * cases are affected, else low. O(signatures), plus O(repeats × steps repeated) to gather each step's repeats and the
 * expected O(repeats) waiting summaries.
 */
export const duplicateSignature: AuditRule = {
  id: 'duplicate-signature',
  describe: 'a step signed again without a rejection or return in between, or one person signing two steps of a case',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { signatures, scratch } = context;
    const findings: Finding[] = [];
    const repeats = repeatedSignatures(context);
    // Steps in order of their first repeat, with their repeat counts; then per step its repeats' waiting and cases
    // (ascending, as the repeats are) in borrowed buffers.
    const repeatsOf = new Int32Array(signatures.stepNames.length);
    const order: number[] = [];
    for (let r = 0; r < repeats.length; r++) {
      const s = signatures.step[repeats[r] as number] as number;
      if (repeatsOf[s] === 0) order.push(s);
      repeatsOf[s] = (repeatsOf[s] as number) + 1;
    }
    for (const s of order) {
      const name = signatures.stepNames[s] ?? '';
      const count = repeatsOf[s] as number;
      const waits = scratch.float64(count);
      const caseList = scratch.int32(count);
      let size = 0;
      let caseCount = 0;
      for (let r = 0; r < repeats.length && size < count; r++) {
        const i = repeats[r] as number;
        if (signatures.step[i] !== s) continue;
        waits[size++] = context.waiting[signatures.event[i] as number] as number;
        const c = caseOfSignature(context, i);
        if (caseCount === 0 || caseList[caseCount - 1] !== c) caseList[caseCount++] = c;
      }
      const cases = caseIdsOfSorted(context, caseList.subarray(0, caseCount));
      const wait = summarizeInPlace(waits);
      scratch.give(waits);
      scratch.give(caseList);
      findings.push({
        id: `duplicate-signature:${name}`,
        type: 'duplicate-signature',
        severity: severityOf(caseShare(context, cases.length)),
        activities: [name],
        cases,
        metrics: { cases: cases.length, repeats: count, waitingMedian: wait.median, waitingTotal: wait.total, impact: caseShare(context, cases.length) },
        message:
          options.lang === 'fa'
            ? `«${name}» در ${faNumber(cases.length)} پرونده بدون رد یا برگشت در میان دوباره امضا شده است.`
            : `“${name}” was signed again without a rejection or return in between in ${casesText(cases.length)}.`,
      });
    }
    for (const { a, b, cases: list } of samePersonPairs(context)) {
      const first = signatures.stepNames[a] ?? '';
      const second = signatures.stepNames[b] ?? '';
      const cases = caseIdsOfSorted(context, list);
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
