// Cases over a service-level limit, and which steps account for the time beyond it.

import type { EventLog } from '../log/event-log.js';
import { groupScratch, mediansLaid, startsFromCounts } from './summarize-groups.js';

export interface SlaStep {
  readonly name: string;
  /** Breached cases in which the step waited. */
  readonly cases: number;
  /** Its total waiting in breached cases. */
  readonly waitingInBreached: number;
  /** Its median waiting in cases within the limit (the usual wait); 0 when no such case has it. */
  readonly typicalWaiting: number;
  /** Σ over its occurrences in breached cases of max(0, waiting − typicalWaiting): the delay beyond the usual. */
  readonly excess: number;
  /** Its excess over all steps' excess (0 … 1). */
  readonly shareOfExcess: number;
}

export interface SlaBreaches {
  /** The limit in seconds (working seconds with a calendar). */
  readonly limitSeconds: number;
  readonly casesOver: number;
  readonly shareOver: number;
  /** Ids of the cases over the limit, slowest first. */
  readonly cases: readonly string[];
  /** Σ (throughput − limit) over the breached cases. */
  readonly timeOver: number;
  /** Steps ranked by excess, those with none left out. */
  readonly steps: readonly SlaStep[];
}

/**
 * Cases whose `throughput` exceeds `limitSeconds`, and per step the waiting it added in those cases beyond its typical
 * (median) waiting in the cases that met the limit: the steps at the top explain the overrun. O(n + c log c) expected
 * for c breached cases. `typical`, when given, is that median per activity id already computed (by
 * {@link activityLayout} with the same limit).
 */
export function slaBreaches(
  log: EventLog,
  waiting: Float64Array,
  throughput: Float64Array,
  limitSeconds: number,
  typical: Float64Array = typicalWaiting(log, waiting, breachedCases(throughput, limitSeconds))
): SlaBreaches {
  const size = log.activities.size;
  const cases = log.caseIds.length;
  const over: number[] = [];
  let timeOver = 0;
  for (let c = 0; c < cases; c++) {
    if ((throughput[c] as number) > limitSeconds) {
      over.push(c);
      timeOver += (throughput[c] as number) - limitSeconds;
    }
  }
  // A step's usual wait is its median waiting in the cases that met the limit; every occurrence in a breached case
  // that waited longer adds the difference to the step's excess.
  const { caseStart, activity } = log;
  const stepCases = new Int32Array(size);
  const lastCase = new Int32Array(size).fill(-1);
  const stepWaiting = new Float64Array(size);
  const stepExcess = new Float64Array(size);
  for (const c of over) {
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      const wait = waiting[e] as number;
      if (Number.isNaN(wait)) continue;
      const a = activity[e] as number;
      if (lastCase[a] !== c) {
        lastCase[a] = c;
        stepCases[a] = (stepCases[a] as number) + 1;
      }
      stepWaiting[a] = (stepWaiting[a] as number) + wait;
      stepExcess[a] = (stepExcess[a] as number) + Math.max(0, wait - (typical[a] as number));
    }
  }
  let excessTotal = 0;
  for (let a = 0; a < size; a++) excessTotal += stepExcess[a] as number;
  const steps: SlaStep[] = [];
  for (let a = 0; a < size; a++) {
    if ((stepExcess[a] as number) <= 0) continue;
    steps.push({
      name: log.activities.nameOf(a),
      cases: stepCases[a] as number,
      waitingInBreached: stepWaiting[a] as number,
      typicalWaiting: typical[a] as number,
      excess: stepExcess[a] as number,
      shareOfExcess: excessTotal > 0 ? (stepExcess[a] as number) / excessTotal : 0,
    });
  }
  steps.sort((a, b) => b.excess - a.excess || (a.name < b.name ? -1 : 1));
  over.sort((a, b) => (throughput[b] as number) - (throughput[a] as number) || a - b);
  return {
    limitSeconds,
    casesOver: over.length,
    shareOver: cases > 0 ? over.length / cases : 0,
    cases: over.map((c) => log.caseIds[c] as string),
    timeOver,
    steps,
  };
}

/** 1 for each case whose throughput exceeds `limitSeconds`. O(cases). */
export function breachedCases(throughput: Float64Array, limitSeconds: number): Uint8Array {
  const breached = new Uint8Array(throughput.length);
  for (let c = 0; c < throughput.length; c++) if ((throughput[c] as number) > limitSeconds) breached[c] = 1;
  return breached;
}

/**
 * Median waiting per activity id in the cases not `breached`: laid out by activity straight from those cases (a
 * counting sort in two passes over them). O(n) expected.
 */
function typicalWaiting(log: EventLog, waiting: Float64Array, breached: Uint8Array): Float64Array {
  const size = log.activities.size;
  const { caseStart, activity } = log;
  const starts = new Int32Array(size + 1);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    if (breached[c]) continue;
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      if (!Number.isNaN(waiting[e] as number)) starts[(activity[e] as number) + 1] = (starts[(activity[e] as number) + 1] as number) + 1;
    }
  }
  const cursor = startsFromCounts(starts);
  const laid = groupScratch(starts[size] as number);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    if (breached[c]) continue;
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      const wait = waiting[e] as number;
      if (Number.isNaN(wait)) continue;
      const a = activity[e] as number;
      laid[cursor[a] as number] = wait;
      cursor[a] = (cursor[a] as number) + 1;
    }
  }
  return mediansLaid(laid, starts).medians;
}
