// bottleneck: the steps adding the most waiting, measured as the performance analysis does (eventWaiting: from the
// previous event's end to this event's start, in working time with a calendar).

import { quantilesInPlace } from '../../performance/quantiles-in-place.js';
import type { AuditContext, RuleOptions } from '../audit-context.js';
import { faNumber, messageDuration, type Finding } from '../finding.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

/** A step is a bottleneck when it adds at least this share of all waiting in the log. */
export const BOTTLENECK_SHARE = 0.2;
/** ... and its median waiting is at least this many times the median waiting of an event of the log. */
export const BOTTLENECK_RATIO = 2;

/** The waiting of every event but a case's first, laid out by activity (a counting sort, in event order). */
interface LaidWaiting {
  /** Activity a's values are `values[start[a]] … values[start[a + 1] - 1]`. */
  readonly start: Int32Array;
  readonly values: Float64Array;
  /** Sum per activity and over all, each summed in event order (as summarizeInPlace sums). */
  readonly totals: Float64Array;
  readonly total: number;
}

/** Lays out the waiting (first events of a case have none, so they do not lower medians). O(n + activities). */
function layOut(context: AuditContext): LaidWaiting {
  const { log, waiting } = context;
  const { caseStart, activity } = log;
  const activities = log.activities.size;
  const start = new Int32Array(activities + 1);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) start[(activity[e] as number) + 1] = (start[(activity[e] as number) + 1] as number) + 1;
  }
  for (let a = 0; a < activities; a++) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  const values = new Float64Array(start[activities] as number);
  const cursor = start.slice(0, activities);
  const totals = new Float64Array(activities);
  let total = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) {
      const a = activity[e] as number;
      const value = waiting[e] as number;
      const at = cursor[a] as number;
      values[at] = value;
      cursor[a] = at + 1;
      totals[a] = (totals[a] as number) + value;
      total += value;
    }
  }
  return { start, values, totals, total };
}

/** Per activity in `wanted`, the cases (ascending, each once) where it occurs after the case's first event. O(n). */
function casesWithActivities(context: AuditContext, wanted: readonly number[]): Map<number, number[]> {
  const { caseStart, activity } = context.log;
  const lists = new Map<number, number[]>(wanted.map((a) => [a, []]));
  const listOf: (number[] | undefined)[] = new Array<number[] | undefined>(context.log.activities.size);
  for (const [a, list] of lists) listOf[a] = list;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) {
      const list = listOf[activity[e] as number];
      if (list && list[list.length - 1] !== c) list.push(c);
    }
  }
  return lists;
}

/**
 * Activities (every step, signing or not) that add at least 20% of all waiting and wait at least twice as long as a
 * typical event. Severity: high at 40% of all waiting or more, medium at 20%. Metrics: cases, waiting median, p90 and
 * total, share. The waiting is laid out by activity once; only activities with the share get a median and p90 (by
 * selection), and the median of all waiting is selected only when one does. O(n) expected.
 */
export const bottleneck: AuditRule = {
  id: 'bottleneck',
  describe: 'the steps adding the most waiting',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { log } = context;
    const { start, values, totals, total } = layOut(context);
    if (total <= 0) return [];
    const candidates: { a: number; share: number; median: number; p90: number }[] = [];
    for (let a = 0; a < totals.length; a++) {
      const share = (totals[a] as number) / total;
      if (share < BOTTLENECK_SHARE) continue;
      const [median, p90] = quantilesInPlace(values.subarray(start[a] as number, start[a + 1] as number), [0.5, 0.9]) as [number, number];
      candidates.push({ a, share, median, p90 });
    }
    if (candidates.length === 0) return [];
    // The activities' own figures are taken: the whole buffer may now be reordered across them.
    const [typical] = quantilesInPlace(values, [0.5]) as [number];
    const flagged = candidates.filter(({ median }) => median >= BOTTLENECK_RATIO * typical && median > 0);
    const casesOf = casesWithActivities(context, flagged.map(({ a }) => a));
    const findings: Finding[] = [];
    for (const { a, share, median: waitingMedian, p90 } of flagged) {
      const name = log.activities.nameOf(a);
      const cases = casesOf.get(a) ?? [];
      const percent = Math.round(share * 100);
      const median = messageDuration(waitingMedian, context.dayLength, options.lang);
      findings.push({
        id: `bottleneck:${name}`,
        type: 'bottleneck',
        severity: share >= 0.4 ? 'high' : 'medium',
        activities: [name],
        cases: caseIdsOfSorted(context, cases),
        metrics: { cases: cases.length, waitingMedian, waitingP90: p90, waitingTotal: totals[a] as number, waitingShare: share, impact: caseShare(context, cases.length) },
        message:
          options.lang === 'fa'
            ? `پرونده‌ها پیش از «${name}» میانه ${median} منتظر می‌مانند: ${faNumber(percent)}٪ کل انتظار.`
            : `Cases wait a median ${median} before “${name}”: ${percent}% of all waiting.`,
      });
    }
    return findings;
  },
};
