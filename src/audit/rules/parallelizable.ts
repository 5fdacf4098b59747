// parallelizable: two signing steps observed in both orders whose decisions do not depend on each other, so both
// signatures could be requested at once.

import { isNegative, timeInFront, type AuditContext, type RuleOptions } from '../audit-context.js';
import { messageDuration, type Finding } from '../finding.js';
import { pairStats } from '../pair-stats.js';
import { fisherExact } from '../statistics.js';
import { firstOffsets } from '../signature-variants.js';
import { summarizeInPlace } from '../../performance/summarize.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

/** Each order must be seen in at least this share of the shared cases (and at least 5 cases). */
export const MIN_ORDER_SHARE = 0.05;
const MIN_ORDER_CASES = 5;

function bump(cells: Int32Array, at: number, by: number): void {
  cells[at] = (cells[at] as number) + by;
}
/** Independence: both Fisher exact tests have p at least this. */
export const INDEPENDENCE_ALPHA = 0.01;

/** A pair that passed the tests: its steps, p-values and order counts, and how many cases have both steps. */
export interface ParallelPair {
  readonly a: number;
  readonly b: number;
  /** Cases with both steps. */
  readonly both: number;
  readonly pValues: readonly number[];
  readonly abOrder: number;
  readonly baOrder: number;
}

/**
 * The cases with both steps of `pair` (ascending) and, per case, the seconds saved when both are requested together:
 * the shorter of the two (waiting + service) of their first signatures, written into `cases` and `saving` (each
 * `pair.both` long). O(variants' signatures + cases).
 */
export function pairSavings(context: AuditContext, pair: ParallelPair, cases: Int32Array, saving: Float64Array): void {
  const { signatures, variants } = context;
  const { caseStart } = signatures;
  const offA = firstOffsets(signatures, variants, pair.a);
  const offB = firstOffsets(signatures, variants, pair.b);
  let size = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const v = variants.of[c] as number;
    const firstA = offA[v] as number;
    const firstB = offB[v] as number;
    if (firstA < 0 || firstB < 0) continue;
    const ea = signatures.event[(caseStart[c] as number) + firstA] as number;
    const eb = signatures.event[(caseStart[c] as number) + firstB] as number;
    cases[size] = c;
    saving[size++] = Math.min(timeInFront(context, ea), timeInFront(context, eb));
  }
}

/**
 * Pairs of signing steps seen in both orders (each order in at least 5% of, and 5, shared cases; at least
 * `minSupport` shared cases) whose decisions are independent: for each step, Fisher's exact test of "the other step
 * came first" × "this step rejected or returned" over the cases with the step, both with p ≥ 0.01.
 * O(k² + variants' signatures × candidate pairs).
 */
export function parallelPairs(context: AuditContext, options: RuleOptions): ParallelPair[] {
  const pairs = pairStats(context, options.minSupport);
  const { signatures, variants } = context;
  const { caseStart } = signatures;
  const k = pairs.steps.length;
  const result: ParallelPair[] = [];
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      const xy = pairs.before[x * k + y] as number;
      const yx = pairs.before[y * k + x] as number;
      const shared = xy + yx;
      if (shared < options.minSupport || Math.min(xy, yx) < Math.max(MIN_ORDER_CASES, MIN_ORDER_SHARE * shared)) continue;
      const a = pairs.steps[x] as number;
      const b = pairs.steps[y] as number;
      // tables[step][otherFirst][negative] for the two steps. The two decisions are not tested against each other:
      // when a rejection ends the case, "both rejected" cannot happen, a structural zero any test would call dependence.
      // Where each step first signs depends on a case's signatures only: the tables are counted per variant.
      const table = [new Int32Array(4), new Int32Array(4)];
      let both = 0;
      const offA = firstOffsets(signatures, variants, a);
      const offB = firstOffsets(signatures, variants, b);
      for (let v = 0; v < offA.length; v++) {
        const firstA = offA[v] as number;
        const firstB = offB[v] as number;
        const from = caseStart[variants.first[v] as number] as number;
        const weight = variants.count[v] as number;
        const negA = firstA >= 0 && isNegative(signatures.kind[from + firstA] as number) ? 1 : 0;
        const negB = firstB >= 0 && isNegative(signatures.kind[from + firstB] as number) ? 1 : 0;
        if (firstA >= 0) bump(table[0] as Int32Array, (firstB >= 0 && firstB < firstA ? 2 : 0) + negA, weight);
        if (firstB >= 0) bump(table[1] as Int32Array, (firstA >= 0 && firstA < firstB ? 2 : 0) + negB, weight);
        if (firstA >= 0 && firstB >= 0) both += weight;
      }
      const fisher = (t: Int32Array): number => fisherExact(t[0] as number, t[1] as number, t[2] as number, t[3] as number);
      const pValues = [fisher(table[0] as Int32Array), fisher(table[1] as Int32Array)];
      if (pValues.some((p) => p < INDEPENDENCE_ALPHA)) continue;
      result.push({ a, b, both, pValues, abOrder: xy, baOrder: yx });
    }
  }
  return result;
}

/** Severity: medium when the median saving is at least a (working) day, else low. */
export const parallelizable: AuditRule = {
  id: 'parallelizable',
  describe: 'two signing steps seen in both orders with independent decisions (Fisher exact tests)',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    return parallelPairs(context, options).map((pair) => {
      const { a, b, pValues, abOrder, baOrder } = pair;
      const nameA = context.signatures.stepNames[a] ?? '';
      const nameB = context.signatures.stepNames[b] ?? '';
      const caseList = context.scratch.int32(pair.both);
      const saving = context.scratch.float64(pair.both);
      pairSavings(context, pair, caseList, saving);
      const saved = summarizeInPlace(saving);
      const cases = caseIdsOfSorted(context, caseList);
      context.scratch.give(caseList);
      context.scratch.give(saving);
      const median = messageDuration(saved.median, context.dayLength, options.lang);
      return {
        id: `parallelizable:${nameA}|${nameB}`,
        type: 'parallelizable',
        severity: saved.median >= context.dayLength ? 'medium' : 'low',
        activities: [nameA, nameB],
        cases,
        metrics: {
          sharedCases: cases.length,
          firstBeforeSecond: abOrder,
          secondBeforeFirst: baOrder,
          fisherPFirst: pValues[0] as number,
          fisherPSecond: pValues[1] as number,
          savingMedian: saved.median,
          savingMean: saved.mean,
          savingTotal: saved.total,
          impact: caseShare(context, cases.length),
        },
        message:
          options.lang === 'fa'
            ? `«${nameA}» و «${nameB}» به هر دو ترتیب و با تصمیم‌های مستقل امضا می‌شوند؛ درخواست هم‌زمان آن‌ها میانه ${median} در هر پرونده صرفه‌جویی می‌کند (برآورد).`
            : `“${nameA}” and “${nameB}” are signed in either order with independent decisions; requesting both at once would save a median ${median} per case (estimate).`,
      };
    });
  },
};
