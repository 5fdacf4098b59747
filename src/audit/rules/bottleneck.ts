// bottleneck: the steps adding the most waiting, measured as the performance analysis does (eventWaiting: from the
// previous event's end to this event's start, in working time with a calendar).

import { orderStatistics, quantilesInPlace } from '../../performance/quantiles-in-place.js';
import type { AuditContext, RuleOptions } from '../audit-context.js';
import { faNumber, messageDuration, type Finding } from '../finding.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

/** A step is a bottleneck when it adds at least this share of all waiting in the log. */
export const BOTTLENECK_SHARE = 0.2;
/** ... and its median waiting is at least this many times the median waiting of an event of the log. */
export const BOTTLENECK_RATIO = 2;

/** Per activity, its events' waiting (first events of a case left out: they have none) counted and summed. */
interface WaitingTotals {
  readonly counts: Int32Array;
  /** Sum per activity and over all, each summed in event order (as summarizeInPlace sums). */
  readonly totals: Float64Array;
  readonly total: number;
}

/** One pass over the events. O(n). */
function waitingTotals(context: AuditContext): WaitingTotals {
  const { log, waiting } = context;
  const { caseStart, activity } = log;
  const counts = new Int32Array(log.activities.size);
  const totals = new Float64Array(log.activities.size);
  let total = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) {
      const a = activity[e] as number;
      const value = waiting[e] as number;
      counts[a] = (counts[a] as number) + 1;
      totals[a] = (totals[a] as number) + value;
      total += value;
    }
  }
  return { counts, totals, total };
}

/** Per activity of `wanted`: its waiting values (event order) and the cases it occurs in after their first event. */
interface ActivityWaiting {
  /** Borrowed from the context's pool, to be given back. */
  readonly values: Float64Array;
  /** Borrowed; the first `caseCount` entries are the cases, ascending. */
  readonly cases: Int32Array;
  caseCount: number;
}

/** One pass over the events, copying out only the wanted activities' values into borrowed buffers. O(n). */
function activityWaiting(context: AuditContext, wanted: readonly number[], counts: Int32Array): Map<number, ActivityWaiting> {
  const { caseStart, activity } = context.log;
  const { waiting, scratch } = context;
  const result = new Map<number, ActivityWaiting>();
  const of: (ActivityWaiting | undefined)[] = new Array<ActivityWaiting | undefined>(counts.length);
  const caseCount = caseStart.length - 1;
  for (const a of wanted) {
    const entry = { values: scratch.float64(counts[a] as number), cases: scratch.int32(Math.min(counts[a] as number, caseCount)), caseCount: 0 };
    result.set(a, (of[a] = entry));
  }
  const filled = new Int32Array(counts.length);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) {
      const a = activity[e] as number;
      const entry = of[a];
      if (!entry) continue;
      entry.values[filled[a] as number] = waiting[e] as number;
      filled[a] = (filled[a] as number) + 1;
      if (entry.caseCount === 0 || entry.cases[entry.caseCount - 1] !== c) entry.cases[entry.caseCount++] = c;
    }
  }
  return result;
}

/**
 * The median waiting of an event (first events of a case left out), without copying: the context holds 0 for each
 * case's first event and no waiting is below 0, so leaving out the z first events shifts every order statistic of the
 * rest up by z places among all events. Expected O(n).
 */
function typicalWaiting(context: AuditContext): number {
  const { caseStart } = context.log;
  let firsts = 0;
  for (let c = 0; c + 1 < caseStart.length; c++) if ((caseStart[c] as number) < (caseStart[c + 1] as number)) firsts++;
  const count = context.waiting.length - firsts;
  const index = (count - 1) / 2;
  const lower = Math.floor(index);
  const ranks = index === lower ? [lower + firsts] : [lower + firsts, lower + firsts + 1];
  const [low, high] = orderStatistics(context.waiting, ranks) as [number, number?];
  return high === undefined ? low : low + (index - lower) * (high - low);
}

/**
 * Activities (every step, signing or not) that add at least 20% of all waiting and wait at least twice as long as a
 * typical event. Severity: high at 40% of all waiting or more, medium at 20%. Metrics: cases, waiting median, p90 and
 * total, share. One pass counts and sums the waiting per activity; only when an activity has the share are its
 * values copied out for a median and p90 and the median of all waiting selected. O(n) expected.
 */
export const bottleneck: AuditRule = {
  id: 'bottleneck',
  describe: 'the steps adding the most waiting',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { log } = context;
    const { counts, totals, total } = waitingTotals(context);
    if (total <= 0) return [];
    const wanted: number[] = [];
    for (let a = 0; a < totals.length; a++) if ((totals[a] as number) / total >= BOTTLENECK_SHARE) wanted.push(a);
    if (wanted.length === 0) return [];
    const typical = typicalWaiting(context);
    const byActivity = activityWaiting(context, wanted, counts);
    const flagged = wanted.flatMap((a) => {
      const { values, cases, caseCount } = byActivity.get(a) as ActivityWaiting;
      const [median, p90] = quantilesInPlace(values, [0.5, 0.9]) as [number, number];
      return median >= BOTTLENECK_RATIO * typical && median > 0 ? [{ a, share: (totals[a] as number) / total, median, p90, cases: caseIdsOfSorted(context, cases.subarray(0, caseCount)) }] : [];
    });
    for (const { values, cases } of byActivity.values()) {
      context.scratch.give(values);
      context.scratch.give(cases);
    }
    const findings: Finding[] = [];
    for (const { a, share, median: waitingMedian, p90, cases } of flagged) {
      const name = log.activities.nameOf(a);
      const percent = Math.round(share * 100);
      const median = messageDuration(waitingMedian, context.dayLength, options.lang);
      findings.push({
        id: `bottleneck:${name}`,
        type: 'bottleneck',
        severity: share >= 0.4 ? 'high' : 'medium',
        activities: [name],
        cases,
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
