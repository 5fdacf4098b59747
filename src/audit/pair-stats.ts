// Counts over ordered pairs of signing steps: how often A's first signature comes before B's, and, at B's first
// signature, whether the last decision of A so far agrees with it. Counted on each signature variant's first case and
// weighted by its cases. Shared by the implied-signature, optional-signature and parallelizable rules (memoized per
// context).

import type { AuditContext } from './audit-context.js';
import { isNegative } from './audit-context.js';

/** At most this many steps are paired (the most frequent ones), so the tables stay within k² = 1M cells. */
const MAX_PAIRED_STEPS = 1024;

/** Pair tables over the paired steps; cell [a * k + b] is about A = steps[a], B = steps[b]. */
export interface PairStats {
  /** Step ids of the paired steps (those in at least `minCases` cases, most frequent first when capped). */
  readonly steps: Int32Array;
  /** Index into `steps` per step id, -1 when the step is not paired. */
  readonly index: Int32Array;
  /** Cases where A's first signature precedes B's first signature. */
  readonly before: Int32Array;
  /** Of those, cases where A's last decision before B's first signature equals B's first decision. */
  readonly agree: Int32Array;
  /** Of those, cases where A's last decision before B was a rejection or a return. */
  readonly negative: Int32Array;
}

const cache = new WeakMap<AuditContext, Map<number, PairStats>>();

/**
 * The pair tables of `context` over steps in at least `minCases` cases. Every count depends on a case's signatures
 * only, so each variant is counted once, times its cases. O(variants' signatures × steps per case).
 */
export function pairStats(context: AuditContext, minCases: number): PairStats {
  let byMin = cache.get(context);
  if (!byMin) cache.set(context, (byMin = new Map()));
  const known = byMin.get(minCases);
  if (known) return known;
  const { signatures, steps: stats } = context;
  const frequent = stats
    .map((stat, s) => ({ s, cases: stat.cases }))
    .filter((entry) => entry.cases >= minCases && entry.cases > 0)
    .sort((a, b) => b.cases - a.cases || a.s - b.s)
    .slice(0, MAX_PAIRED_STEPS)
    .map((entry) => entry.s);
  const k = frequent.length;
  const index = new Int32Array(stats.length).fill(-1);
  frequent.forEach((s, i) => (index[s] = i));
  const before = new Int32Array(k * k);
  const agree = new Int32Array(k * k);
  const negative = new Int32Array(k * k);
  const seenIn = new Int32Array(k).fill(-1);
  const lastKind = new Uint8Array(k);
  const lastNegative = new Uint8Array(k);
  const present = new Int32Array(k);
  const { caseStart, step, kind: kinds } = signatures;
  const { first, count: weights } = context.variants;
  for (let v = 0; v < first.length; v++) {
    const c = first[v] as number;
    const weight = weights[v] as number;
    let count = 0;
    const to = caseStart[c + 1] as number;
    for (let i = caseStart[c] as number; i < to; i++) {
      const b = index[step[i] as number] as number;
      if (b < 0) continue;
      const kind = kinds[i] as number;
      if (seenIn[b] !== v) {
        // Counts added without branches: decisions vary, so branches here mispredict.
        for (let p = 0; p < count; p++) {
          const a = present[p] as number;
          const cell = a * k + b;
          before[cell] = (before[cell] as number) + weight;
          agree[cell] = (agree[cell] as number) + ((lastKind[a] as number) === kind ? weight : 0);
          negative[cell] = (negative[cell] as number) + weight * (lastNegative[a] as number);
        }
        seenIn[b] = v;
        present[count++] = b;
      }
      lastKind[b] = kind;
      lastNegative[b] = isNegative(kind) ? 1 : 0;
    }
  }
  const result: PairStats = { steps: Int32Array.from(frequent), index, before, agree, negative };
  byMin.set(minCases, result);
  return result;
}
