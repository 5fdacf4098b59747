// Duration summaries for the audit without sorting: the rules and the what-if summarize millions of waiting times on
// large logs, and a sort per summary was most of the audit's time.

import { quantilesInPlace } from '../performance/quantiles-in-place.js';
import { EMPTY_SUMMARY, type Summary } from '../performance/summarize.js';
import { stepWaiting, type AuditContext } from './audit-context.js';

/**
 * {@link summarize}'s figures of `values` (count, mean, median, p90, p95, max, total; R type 7 percentiles), found by
 * selection ({@link quantilesInPlace}: what summarizeInPlace computes, cut by leading bits first on large lists), so
 * `values` may be reordered: for lists of the caller's own, e.g. borrowed scratch. The order statistics equal
 * `summarize`'s exactly; mean and total are summed in input order, as summarizeInPlace sums, so with fractional values
 * they can differ from `summarize`'s (summed in sorted order) in the last bits of a double. Expected O(n).
 */
export function summaryInPlace(values: Float64Array): Summary {
  const count = values.length;
  if (count === 0) return EMPTY_SUMMARY;
  let total = 0;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    total += value;
    if (value > max) max = value;
  }
  const [median, p90, p95] = quantilesInPlace(values, [0.5, 0.9, 0.95]) as [number, number, number];
  return { count, mean: total / count, median, p90, p95, max, total };
}

/** {@link summaryInPlace} of a copy of `values`, which are left as they are. Expected O(n). */
export function summaryOf(values: ArrayLike<number>): Summary {
  return values.length === 0 ? EMPTY_SUMMARY : summaryInPlace(Float64Array.from(values));
}

const cache = new WeakMap<AuditContext, Map<number, Summary>>();

/**
 * The summary of the waiting in front of step `s`'s signatures, computed once per context in a buffer borrowed from
 * the context's pool. Expected O(cases + signatures of s).
 */
export function stepWaitingSummary(context: AuditContext, s: number): Summary {
  let bySteps = cache.get(context);
  if (!bySteps) cache.set(context, (bySteps = new Map()));
  let summary = bySteps.get(s);
  if (!summary) {
    const buffer = context.scratch.float64(context.steps[s]?.signatures ?? 0);
    bySteps.set(s, (summary = summaryInPlace(stepWaiting(context, s, buffer))));
    context.scratch.give(buffer);
  }
  return summary;
}
