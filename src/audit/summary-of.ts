// Duration summaries for the audit without sorting: the rules and the what-if summarize millions of waiting times on
// large logs, and a sort per summary was most of the audit's time.

import { EMPTY_SUMMARY, summarizeInPlace, type Summary } from '../performance/summarize.js';
import { stepWaiting, type AuditContext } from './audit-context.js';

/** {@link summarizeInPlace} of a copy of `values`, which are left as they are. Expected O(n). */
export function summaryOf(values: ArrayLike<number>): Summary {
  return values.length === 0 ? EMPTY_SUMMARY : summarizeInPlace(Float64Array.from(values));
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
    bySteps.set(s, (summary = summarizeInPlace(stepWaiting(context, s, buffer))));
    context.scratch.give(buffer);
  }
  return summary;
}
