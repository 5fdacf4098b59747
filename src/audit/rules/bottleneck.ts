// bottleneck: the steps adding the most waiting, measured as the performance analysis does (eventWaiting: from the
// previous event's end to this event's start, in working time with a calendar).

import { summarizeGroups } from '../../performance/summarize-groups.js';
import { summarizeInPlace } from '../../performance/summarize.js';
import type { AuditContext, RuleOptions } from '../audit-context.js';
import { faNumber, messageDuration, type Finding } from '../finding.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

/** A step is a bottleneck when it adds at least this share of all waiting in the log. */
export const BOTTLENECK_SHARE = 0.2;
/** ... and its median waiting is at least this many times the median waiting of an event of the log. */
export const BOTTLENECK_RATIO = 2;

/**
 * Activities (every step, signing or not) that add at least 20% of all waiting and wait at least twice as long as a
 * typical event. Severity: high at 40% of all waiting or more, medium at 20%. Metrics: cases, waiting median, p90 and
 * total, share. O(n log n) for the waiting summaries.
 */
export const bottleneck: AuditRule = {
  id: 'bottleneck',
  describe: 'the steps adding the most waiting',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { log, waiting } = context;
    const n = log.activity.length;
    // First events of a case have no waiting: left out (group -1) so they do not lower medians.
    const group = new Int32Array(n);
    group.set(log.activity);
    for (let c = 0; c + 1 < log.caseStart.length; c++) if ((log.caseStart[c] as number) < (log.caseStart[c + 1] as number)) group[log.caseStart[c] as number] = -1;
    const summaries = summarizeGroups(waiting, group, log.activities.size);
    const real = new Float64Array(n);
    let size = 0;
    for (let e = 0; e < n; e++) if (group[e] !== -1) real[size++] = waiting[e] as number;
    const all = summarizeInPlace(real.subarray(0, size));
    const total = all.total;
    const typical = all.median;
    const findings: Finding[] = [];
    summaries.forEach((summary, a) => {
      if (total <= 0) return;
      const share = summary.total / total;
      if (share < BOTTLENECK_SHARE || summary.median < BOTTLENECK_RATIO * typical || summary.median <= 0) return;
      const name = log.activities.nameOf(a);
      const cases: number[] = [];
      for (let c = 0; c + 1 < log.caseStart.length; c++) {
        for (let e = (log.caseStart[c] as number) + 1; e < (log.caseStart[c + 1] as number); e++) {
          if (log.activity[e] === a) {
            cases.push(c);
            break;
          }
        }
      }
      const percent = Math.round(share * 100);
      const median = messageDuration(summary.median, context.dayLength, options.lang);
      findings.push({
        id: `bottleneck:${name}`,
        type: 'bottleneck',
        severity: share >= 0.4 ? 'high' : 'medium',
        activities: [name],
        cases: caseIdsOfSorted(context, cases),
        metrics: { cases: cases.length, waitingMedian: summary.median, waitingP90: summary.p90, waitingTotal: summary.total, waitingShare: share, impact: caseShare(context, cases.length) },
        message:
          options.lang === 'fa'
            ? `پرونده‌ها پیش از «${name}» میانه ${median} منتظر می‌مانند: ${faNumber(percent)}٪ کل انتظار.`
            : `Cases wait a median ${median} before “${name}”: ${percent}% of all waiting.`,
      });
    });
    return findings;
  },
};
