// The directly-follows graph (DFG): which step follows which within a case, how often, in how many cases, and how
// long the wait between them was. The process map and the heuristics miner are built on it.

import type { EventLog } from '../log/event-log.js';
import { summarizeInPlace, type Summary } from '../performance/summarize.js';

/** An edge a → b of the DFG: `b` directly followed `a` in some case. */
export interface DfgEdge {
  readonly from: number;
  readonly to: number;
  /** Number of times `b` directly followed `a`. */
  readonly count: number;
  /** Number of distinct cases in which it did. */
  readonly cases: number;
  /** Waiting time, time of b minus time of a, in seconds; `null` when not computed (`waiting: false`). */
  readonly waiting: Summary | null;
}

/** A directly-follows graph over the activity ids of a log. */
export interface Dfg {
  /** Activity names, indexed by id (the log's dictionary). */
  readonly names: readonly string[];
  /** Events per activity id. */
  readonly activityCounts: Int32Array;
  /** Cases in which each activity occurs at least once. */
  readonly activityCases: Int32Array;
  /** Edges, by count descending, then names. */
  readonly edges: readonly DfgEdge[];
  /** Cases starting with each activity id. */
  readonly startCounts: Int32Array;
  /** Cases ending with each activity id. */
  readonly endCounts: Int32Array;
  readonly caseCount: number;
  readonly eventCount: number;
}

/** Options of {@link discoverDfg}. */
export interface DfgOptions {
  /** Compute per-edge waiting-time summaries (default true); without them the DFG costs one pass. */
  readonly waiting?: boolean;
}

/**
 * Directly-follows graph of `log` (van der Aalst, Process Mining, 2016, ch. 6; the same relation as PM4Py's
 * `discover_dfg`, with the same event order within a case). Edges are keyed by integer pairs of activity ids.
 *
 * O(n) expected: waiting-time quantiles come from selection ({@link summarizeInPlace}), not sorting.
 */
export function discoverDfg(log: EventLog, options: DfgOptions = {}): Dfg {
  const { activity, caseStart } = log;
  const size = log.activities.size;
  const caseTotal = log.caseIds.length;
  const activityCounts = new Int32Array(size);
  const activityCases = new Int32Array(size);
  const activityLastCase = new Int32Array(size).fill(-1);
  const startCounts = new Int32Array(size);
  const endCounts = new Int32Array(size);
  // Edge index per key `a * size + b`: a dense table when it is small, a Map otherwise.
  const dense = size <= 2048 ? new Int32Array(size * size).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edgeCount: number[] = [];
  const edgeCases: number[] = [];
  const edgeLastCase: number[] = [];
  const edgeOfStep = new Int32Array(Math.max(0, activity.length - caseTotal));
  let step = 0;
  for (let c = 0; c < caseTotal; c++) {
    const from = caseStart[c] as number;
    const to = caseStart[c + 1] as number;
    if (to === from) continue;
    bump(startCounts, activity[from] as number);
    bump(endCounts, activity[to - 1] as number);
    for (let e = from; e < to; e++) {
      const b = activity[e] as number;
      bump(activityCounts, b);
      if (activityLastCase[b] !== c) {
        activityLastCase[b] = c;
        bump(activityCases, b);
      }
      if (e === from) continue;
      const a = activity[e - 1] as number;
      const key = a * size + b;
      let index = dense ? (dense[key] as number) : (sparse?.get(key) ?? -1);
      if (index < 0) {
        index = edgeFrom.length;
        if (dense) dense[key] = index;
        else sparse?.set(key, index);
        edgeFrom.push(a);
        edgeTo.push(b);
        edgeCount.push(0);
        edgeCases.push(0);
        edgeLastCase.push(-1);
      }
      edgeCount[index] = (edgeCount[index] as number) + 1;
      if (edgeLastCase[index] !== c) {
        edgeLastCase[index] = c;
        edgeCases[index] = (edgeCases[index] as number) + 1;
      }
      edgeOfStep[step++] = index;
    }
  }
  const waiting = options.waiting === false ? null : waitingSummaries(log, edgeOfStep, edgeCount);
  const names = log.activities.names;
  const edges: DfgEdge[] = edgeFrom.map((a, i) => ({
    from: a,
    to: edgeTo[i] as number,
    count: edgeCount[i] as number,
    cases: edgeCases[i] as number,
    waiting: waiting ? (waiting[i] as Summary) : null,
  }));
  edges.sort((x, y) => y.count - x.count || compareNames(names, x.from, y.from) || compareNames(names, x.to, y.to));
  return { names, activityCounts, activityCases, edges, startCounts, endCounts, caseCount: caseTotal, eventCount: activity.length };
}

function bump(counts: Int32Array, index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

function compareNames(names: readonly string[], a: number, b: number): number {
  if (a === b) return 0;
  return (names[a] as string) < (names[b] as string) ? -1 : 1;
}

/**
 * Groups the durations of every step by edge (a counting sort: one flat array, each edge's durations contiguous),
 * then summarizes each group in place by selection rather than sorting.
 */
function waitingSummaries(log: EventLog, edgeOfStep: Int32Array, edgeCount: readonly number[]): Summary[] {
  const offsets = new Int32Array(edgeCount.length + 1);
  for (let i = 0; i < edgeCount.length; i++) offsets[i + 1] = (offsets[i] as number) + (edgeCount[i] as number);
  const cursor = offsets.slice(0, edgeCount.length);
  const grouped = new Float64Array(edgeOfStep.length);
  const { caseStart, time } = log;
  let step = 0;
  for (let c = 0; c < log.caseIds.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 1; e < to; e++) {
      const index = edgeOfStep[step++] as number;
      grouped[cursor[index] as number] = ((time[e] as number) - (time[e - 1] as number)) / 1000;
      cursor[index] = (cursor[index] as number) + 1;
    }
  }
  return edgeCount.map((_, i) => summarizeInPlace(grouped.subarray(offsets[i] as number, offsets[i + 1] as number)));
}

/** Name/count pairs of the activities with a non-zero count, by count descending then name. */
export function namedCounts(names: readonly string[], counts: Int32Array): { name: string; count: number }[] {
  const result: { name: string; count: number }[] = [];
  counts.forEach((count, id) => {
    if (count > 0) result.push({ name: names[id] as string, count });
  });
  return result.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
