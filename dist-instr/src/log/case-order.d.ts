import { type ChunkedColumn } from './chunked-column.js';
/** Where each case's events start, and where the builder's own events go. */
export interface CaseOrder {
    /** Offsets of each case's first event; length is the number of cases plus one. */
    readonly caseStart: Int32Array;
    /** Position i of the log takes input position `permutation[i]`; filled here for the builder's own events. */
    readonly permutation: Int32Array;
    /** Input position i (of the builder's own events) goes to position `destination[i]` of the log. */
    readonly destination: Int32Array;
    /** Per case, the position after its own events: where the events of a part read after them begin. */
    readonly ownEnd: Int32Array;
}
/** Makes the permutation array (of the whole log's length): a shared one when another thread fills part of it. */
export type Allocate = (length: number) => Int32Array;
/**
 * Groups input positions by case with a counting sort: stable, so each case's events keep input order. Case indexes
 * are read through each piece's map (a split read's other half). `after` counts, per case, the events of a part that
 * follows the builder's own `n` (another thread places them, from {@link CaseOrder.ownEnd}). O(n + cases) time, two
 * Int32Arrays of n plus two of cases.
 */
export declare function groupByCase(caseOf: ChunkedColumn<Int32Array>, n: number, cases: number, after?: Int32Array | null, allocate?: Allocate): CaseOrder;
type Column = Int32Array | Float64Array;
/**
 * Sorts the events of each listed case by time, ties by input position (stable), moving every column with them:
 * `time` and `permutation` (the sort keys) and `others` (null entries skipped). All are in case order already.
 * O(Σ k log k + Σ k × columns) over the listed cases.
 */
export declare function sortCasesByTime(cases: Iterable<number>, caseStart: Int32Array, time: Float64Array, permutation: Int32Array, others: readonly (Column | null)[]): void;
export {};
