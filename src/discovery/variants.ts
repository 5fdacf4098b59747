// Trace variants: the distinct activity sequences of a log with how many cases follow each. The input of the
// variants report and of the inductive miner (which works on distinct traces with counts, not on cases).

import type { EventLog } from '../log/event-log.js';
import { summarize } from '../performance/summarize.js';

/** One distinct activity sequence and the cases that followed it. */
export interface Variant {
  /** Activity ids in case order. */
  readonly activities: Int32Array;
  /** Number of cases with exactly this sequence. */
  readonly count: number;
  /** Indexes of those cases (into `log.caseIds`), in log order. */
  readonly cases: Int32Array;
}

/** A variant with the figures the report shows. */
export interface VariantRow {
  readonly activities: readonly string[];
  readonly count: number;
  /** Share of all cases, 0..1. */
  readonly share: number;
  /** Share of all cases covered by this variant and every more frequent one, 0..1. */
  readonly cumulativeShare: number;
  /** Median of last-minus-first event time over the variant's cases, in seconds. */
  readonly medianThroughput: number;
}

const HASH_SEED = 0x811c9dc5;

function sameSequence(activity: Int32Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (activity[a + i] !== activity[b + i]) return false;
  return true;
}

/**
 * The distinct traces of `log` with their counts and cases, most frequent first, ties by sequence (activity names
 * compared element by element, so the order does not depend on how the file was read).
 *
 * Cases are grouped by a 32-bit hash of their id sequence, confirmed by comparison: O(n) in events, plus
 * O(v log v) to sort the v variants.
 */
export function variantsOf(log: EventLog): readonly Variant[] {
  const { activity, caseStart } = log;
  const caseTotal = log.caseIds.length;
  const byHash = new Map<number, number[]>();
  const firstCase: number[] = [];
  const counts: number[] = [];
  const variantOfCase = new Int32Array(caseTotal);
  for (let c = 0; c < caseTotal; c++) {
    const from = caseStart[c] as number;
    const to = caseStart[c + 1] as number;
    let hash = HASH_SEED ^ (to - from);
    for (let e = from; e < to; e++) hash = Math.imul(hash ^ (activity[e] as number), 0x01000193);
    let bucket = byHash.get(hash);
    if (bucket === undefined) {
      bucket = [];
      byHash.set(hash, bucket);
    }
    let found = -1;
    for (const v of bucket) {
      const other = firstCase[v] as number;
      const otherFrom = caseStart[other] as number;
      if ((caseStart[other + 1] as number) - otherFrom === to - from && sameSequence(activity, from, otherFrom, to - from)) {
        found = v;
        break;
      }
    }
    if (found < 0) {
      found = firstCase.length;
      firstCase.push(c);
      counts.push(0);
      bucket.push(found);
    }
    counts[found] = (counts[found] as number) + 1;
    variantOfCase[c] = found;
  }
  const cases = counts.map((count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  for (let c = 0; c < caseTotal; c++) {
    const v = variantOfCase[c] as number;
    (cases[v] as Int32Array)[filled[v] as number] = c;
    filled[v] = (filled[v] as number) + 1;
  }
  const variants: Variant[] = firstCase.map((c, v) => ({
    activities: activity.slice(caseStart[c] as number, caseStart[c + 1] as number),
    count: counts[v] as number,
    cases: cases[v] as Int32Array,
  }));
  const names = log.activities.names;
  return variants.sort((a, b) => b.count - a.count || compareSequences(a.activities, b.activities, names));
}

function compareSequences(a: Int32Array, b: Int32Array, names: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return (names[x] as string) < (names[y] as string) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Selection of the variant list: the first `top`, and/or as many as needed to reach `coverage` (0..1) of cases. */
export interface VariantSelection {
  readonly top?: number;
  readonly coverage?: number;
}

/**
 * The report rows of `variants` (as returned by {@link variantsOf}): names, share, cumulative share and median
 * throughput time. With a selection, stops after `top` rows or once the cumulative share reaches `coverage`,
 * whichever comes first. O(n log n) for the throughput medians.
 */
export function variantRows(log: EventLog, variants: readonly Variant[], selection: VariantSelection = {}): VariantRow[] {
  const total = log.caseIds.length;
  const names = log.activities.names;
  const rows: VariantRow[] = [];
  let covered = 0;
  for (const variant of variants) {
    if (selection.top !== undefined && rows.length >= selection.top) break;
    if (selection.coverage !== undefined && rows.length > 0 && covered / total >= selection.coverage - 1e-12) break;
    covered += variant.count;
    const throughput = Float64Array.from(variant.cases, (c) => {
      const first = log.caseStart[c] as number;
      const last = (log.caseStart[c + 1] as number) - 1;
      return ((log.time[last] as number) - (log.time[first] as number)) / 1000;
    });
    rows.push({
      activities: Array.from(variant.activities, (id) => names[id] as string),
      count: variant.count,
      share: variant.count / total,
      cumulativeShare: covered / total,
      medianThroughput: summarize(throughput).median,
    });
  }
  return rows;
}
