// The order of a built log: events grouped by case (cases in order of first appearance) and, within a case, by time
// then input position. Exports usually list each case's events in time order already, so only the cases the builder
// saw out of order are sorted, after every column is in case order.

import type { JoinPlan, PartScatter } from './builder-parts.js';
import { CHUNK_SIZE, readable, type ChunkedColumn, type Piece } from './chunked-column.js';

/** Where each case's events start, and where the builder's own events go. */
export interface CaseOrder extends CaseLayout {
  /** Position i of the log takes input position `permutation[i]`; filled here for the builder's own events. */
  readonly permutation: Int32Array;
  /** Input position i (of the builder's own events) goes to position `destination[i]` of the log. */
  readonly destination: Int32Array;
}

/** Makes the permutation array (of the whole log's length): a shared one when another thread fills part of it. */
export type Allocate = (length: number) => Int32Array;

/** Events per case among the first `n` of a case column (read through each piece's map), for `cases` cases. O(n). */
export function countByCase(caseOf: ChunkedColumn<Int32Array>, n: number, cases: number): Int32Array {
  const counts = new Int32Array(cases);
  const scratch = new Int32Array(CHUNK_SIZE);
  for (const piece of caseOf.pieces(n)) {
    const values = readable(piece.values, piece.length, scratch);
    const map = piece.map;
    for (let j = 0; j < piece.length; j++) {
      const c = map === null ? (values[j] as number) : (map[values[j] as number] as number);
      counts[c] = (counts[c] as number) + 1;
    }
  }
  return counts;
}

/** Where each case's events go: the builder's own first, then those of a part read after them. */
export interface CaseLayout {
  /** Offsets of each case's first event; length is the number of cases plus one. */
  readonly caseStart: Int32Array;
  /** Per case, the position after its own events: where the events of a part read after them begin. */
  readonly ownEnd: Int32Array;
}

/**
 * Lays out the cases of a log from their event counts: the builder's own (`counts`) and, per case, those of a part
 * read after them (`after`, placed by another thread from {@link CaseLayout.ownEnd}). O(cases).
 */
export function layoutCases(counts: Int32Array, after: Int32Array | null = null): CaseLayout {
  const cases = counts.length;
  const caseStart = new Int32Array(cases + 1);
  const ownEnd = new Int32Array(cases);
  let total = 0;
  for (let c = 0; c < cases; c++) {
    caseStart[c] = total;
    ownEnd[c] = total + (counts[c] as number);
    total += (counts[c] as number) + (after === null ? 0 : (after[c] as number));
  }
  caseStart[cases] = total;
  return { caseStart, ownEnd };
}

/**
 * Places the builder's own `n` events by case as `layout` says, keeping input order within each case (a counting
 * sort's second pass: stable), case indexes read through each piece's map: writes their input positions into
 * `permutation` (the whole log's) and returns where each goes. O(n), one Int32Array of n.
 */
export function placeOwn(caseOf: ChunkedColumn<Int32Array>, n: number, layout: CaseLayout, permutation: Int32Array): Int32Array {
  const scratch = new Int32Array(CHUNK_SIZE);
  const fill = layout.caseStart.slice(0, layout.ownEnd.length);
  const destination = new Int32Array(n);
  let base = 0;
  for (const piece of caseOf.pieces(n)) {
    const values = readable(piece.values, piece.length, scratch);
    const map = piece.map;
    for (let j = 0; j < piece.length; j++) {
      const c = map === null ? (values[j] as number) : (map[values[j] as number] as number);
      const at = fill[c] as number;
      permutation[at] = base + j;
      destination[base + j] = at;
      fill[c] = at + 1;
    }
    base += piece.length;
  }
  return destination;
}

/**
 * Groups input positions by case with a counting sort ({@link layoutCases}, then {@link placeOwn}): stable, so each
 * case's events keep input order. O(n + cases) time, two Int32Arrays of n plus two of cases.
 */
export function groupByCase(caseOf: ChunkedColumn<Int32Array>, n: number, cases: number, allocate: Allocate = (length) => new Int32Array(length)): CaseOrder {
  const layout = layoutCases(countByCase(caseOf, n, cases));
  const permutation = allocate(layout.caseStart[cases] as number);
  return { ...layout, permutation, destination: placeOwn(caseOf, n, layout, permutation) };
}

/**
 * Where the events of a deferred part go (see builder-parts.ts), from its case and time pieces in input order (`n`
 * events): each case's events follow from `plan.first`, in input order. Writes the log's input order for them into
 * `plan.columns.order` and counts the events earlier than an event read before them in the same case (from
 * `plan.before`). O(n) time, one Int32Array of n.
 */
export function placePart(pieces: readonly [Piece<Int32Array>, Piece<Float64Array>][], n: number, plan: JoinPlan): { destination: Int32Array; result: PartScatter } {
  const { caseMap, columns } = plan;
  const destination = new Int32Array(n);
  const next = plan.first.slice();
  const latest = plan.before.slice();
  const unsorted = new Set<number>();
  let outOfOrder = 0;
  const cases = new Int32Array(CHUNK_SIZE);
  const times = new Float64Array(CHUNK_SIZE);
  let base = 0;
  for (const [piece, timePiece] of pieces) {
    const caseValues = readable(piece.values, piece.length, cases);
    const timeValues = readable(timePiece.values, timePiece.length, times);
    for (let j = 0; j < piece.length; j++) {
      const c = piece.map === null ? (caseValues[j] as number) : (piece.map[caseValues[j] as number] as number);
      const at = next[c] as number;
      next[c] = at + 1;
      destination[base + j] = at;
      columns.order[at] = plan.base + base + j;
      const time = timeValues[j] as number;
      if (time < (latest[c] as number)) {
        outOfOrder++;
        unsorted.add(caseMap[c] as number);
      } else latest[c] = time;
    }
    base += piece.length;
  }
  return { destination, result: { outOfOrder, unsorted: Int32Array.from(unsorted) } };
}

type Column = Int32Array | Float64Array;

/**
 * Sorts the events of each listed case by time, ties by input position (stable), moving every column with them:
 * `time` and `permutation` (the sort keys) and `others` (null entries skipped). All are in case order already.
 * O(Σ k log k + Σ k × columns) over the listed cases.
 */
export function sortCasesByTime(cases: Iterable<number>, caseStart: Int32Array, time: Float64Array, permutation: Int32Array, others: readonly (Column | null)[]): void {
  const columns: Column[] = [time, permutation, ...others.filter((column): column is Column => column !== null)];
  for (const c of cases) {
    const from = caseStart[c] as number;
    const to = caseStart[c + 1] as number;
    const slots = Array.from({ length: to - from }, (_, i) => from + i);
    slots.sort((a, b) => (time[a] as number) - (time[b] as number) || (permutation[a] as number) - (permutation[b] as number));
    for (const column of columns) {
      const values = slots.map((slot) => column[slot] as number);
      column.set(values, from);
    }
  }
}
