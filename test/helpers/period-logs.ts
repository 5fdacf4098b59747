// Two hand-built periods of one approval process, where exactly three things change: "Sign" waits 10 hours instead
// of 2, "Review" stops rejecting (a new rubber stamp), and the rejected path Submit → Review → Closed vanishes.

import type { EventLog } from '../../src/log/event-log.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { logFromRows } from '../../src/log/log-from-rows.js';

const HOUR = 3_600_000;

/** [activity, decision ('' for none), resource, hours waited before it]. */
export type PeriodStep = readonly [string, string, string, number];

/** A log of cases `<prefix>1`, `<prefix>2`, …, each starting on its own day. */
export function periodLog(prefix: string, cases: readonly (readonly PeriodStep[])[]): EventLog {
  const rows: EventRow[] = [];
  cases.forEach((steps, c) => {
    let time = c * 24 * HOUR;
    for (const [activity, decision, resource, wait] of steps) {
      time += wait * HOUR;
      rows.push({ caseId: `${prefix}${c + 1}`, activity, time, resource, decision: decision === '' ? undefined : decision });
    }
  });
  return logFromRows(rows);
}

const approvedCase = (c: number, signWait: number): PeriodStep[] => [
  ['Submit', '', `a${c}`, 0],
  ['Review', 'approved', 'r1', 1],
  ['Sign', 'approved', 's1', signWait],
  ['Done', '', 'system', 1],
];

/** OLD: 30 approved cases (Sign waits 2 h), 10 rejected at Review (Submit → Review → Closed). */
export function oldPeriod(prefix = 'o'): EventLog {
  return periodLog(prefix, [
    ...Array.from({ length: 30 }, (_, c) => approvedCase(c, 2)),
    ...Array.from({ length: 10 }, (_, c): PeriodStep[] => [['Submit', '', `b${c}`, 0], ['Review', 'rejected', 'r1', 1], ['Closed', '', 'system', 1]]),
  ]);
}

/** NEW: 40 approved cases, Sign waits 10 h, Review never rejects. */
export function newPeriod(prefix = 'n'): EventLog {
  return periodLog(prefix, Array.from({ length: 40 }, (_, c) => approvedCase(c, 10)));
}
