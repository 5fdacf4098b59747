// The order of a built log: events grouped by case (cases in order of first appearance) and, within a case, by time
// then input position. Exports usually list each case's events in time order already, so only the cases the builder
// saw out of order are sorted.

import { CHUNK_SIZE, readable, type ChunkedColumn, type Piece } from './chunked-column.js';

/** Where each case's events start, and which input position each sorted position takes. */
export interface CaseOrder {
  /** Offsets of each case's first event; length is the number of cases plus one. */
  readonly caseStart: Int32Array;
  /** Position i of the log takes input position `permutation[i]`; within a case, ascending input order. */
  readonly permutation: Int32Array;
  /** The inverse: input position i goes to position `destination[i]` of the log. */
  readonly destination: Int32Array;
}

/**
 * Groups input positions by case with a counting sort: stable, so each case's events keep input order. Case indexes
 * are read through each piece's map (a split read's other half). O(n + cases) time, two Int32Arrays of n plus one of
 * cases + 1.
 */
export function groupByCase(caseOf: ChunkedColumn<Int32Array>, n: number, cases: number): CaseOrder {
  const caseStart = new Int32Array(cases + 1);
  const pieces = caseOf.pieces(n);
  const scratch = new Int32Array(CHUNK_SIZE);
  const plain = (piece: Piece<Int32Array>): Int32Array => readable(piece.values, piece.length, scratch);
  for (const piece of pieces) {
    const values = plain(piece);
    const map = piece.map;
    for (let j = 0; j < piece.length; j++) {
      const slot = (map === null ? (values[j] as number) : (map[values[j] as number] as number)) + 1;
      caseStart[slot] = (caseStart[slot] as number) + 1;
    }
  }
  for (let c = 0; c < cases; c++) caseStart[c + 1] = (caseStart[c + 1] as number) + (caseStart[c] as number);
  const fill = caseStart.slice(0, cases);
  const permutation = new Int32Array(n);
  const destination = new Int32Array(n);
  let base = 0;
  for (const piece of pieces) {
    const values = plain(piece);
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
  return { caseStart, permutation, destination };
}

/**
 * Sorts the events of each listed case by time, ties by input position (stable), moving `time` and `permutation`
 * together and updating `destination`. `time` is already in case order (moved through the destination). O(Σ k log k) over the listed cases.
 */
export function sortCasesByTime(cases: Iterable<number>, order: CaseOrder, time: Float64Array): void {
  const { caseStart, permutation, destination } = order;
  for (const c of cases) {
    const from = caseStart[c] as number;
    const to = caseStart[c + 1] as number;
    const slots = Array.from({ length: to - from }, (_, i) => from + i);
    slots.sort((a, b) => (time[a] as number) - (time[b] as number) || (permutation[a] as number) - (permutation[b] as number));
    const times = slots.map((slot) => time[slot] as number);
    const positions = slots.map((slot) => permutation[slot] as number);
    time.set(times, from);
    permutation.set(positions, from);
    for (let at = from; at < to; at++) destination[permutation[at] as number] = at;
  }
}
