// The order of a built log: events grouped by case (cases in order of first appearance) and, within a case, by time
// then input position. Exports usually list each case's events in time order already, so only the cases the builder
// saw out of order are sorted, after every column is in case order.
import { CHUNK_SIZE, readable } from './chunked-column.js';
/**
 * Groups input positions by case with a counting sort: stable, so each case's events keep input order. Case indexes
 * are read through each piece's map (a split read's other half). `after` counts, per case, the events of a part that
 * follows the builder's own `n` (another thread places them, from {@link CaseOrder.ownEnd}). O(n + cases) time, two
 * Int32Arrays of n plus two of cases.
 */
export function groupByCase(caseOf, n, cases, after = null, allocate = (length) => new Int32Array(length)) {
    const counts = new Int32Array(cases);
    const pieces = caseOf.pieces(n);
    const scratch = new Int32Array(CHUNK_SIZE);
    const plain = (piece) => readable(piece.values, piece.length, scratch);
    for (const piece of pieces) {
        const values = plain(piece);
        const map = piece.map;
        for (let j = 0; j < piece.length; j++) {
            const c = map === null ? values[j] : map[values[j]];
            counts[c] = counts[c] + 1;
        }
    }
    const caseStart = new Int32Array(cases + 1);
    const ownEnd = new Int32Array(cases);
    let total = 0;
    for (let c = 0; c < cases; c++) {
        caseStart[c] = total;
        ownEnd[c] = total + counts[c];
        total += counts[c] + (after === null ? 0 : after[c]);
    }
    caseStart[cases] = total;
    const fill = caseStart.slice(0, cases);
    const permutation = allocate(total);
    const destination = new Int32Array(n);
    let base = 0;
    for (const piece of pieces) {
        const values = plain(piece);
        const map = piece.map;
        for (let j = 0; j < piece.length; j++) {
            const c = map === null ? values[j] : map[values[j]];
            const at = fill[c];
            permutation[at] = base + j;
            destination[base + j] = at;
            fill[c] = at + 1;
        }
        base += piece.length;
    }
    return { caseStart, permutation, destination, ownEnd };
}
/**
 * Sorts the events of each listed case by time, ties by input position (stable), moving every column with them:
 * `time` and `permutation` (the sort keys) and `others` (null entries skipped). All are in case order already.
 * O(Σ k log k + Σ k × columns) over the listed cases.
 */
export function sortCasesByTime(cases, caseStart, time, permutation, others) {
    const columns = [time, permutation, ...others.filter((column) => column !== null)];
    for (const c of cases) {
        const from = caseStart[c];
        const to = caseStart[c + 1];
        const slots = Array.from({ length: to - from }, (_, i) => from + i);
        slots.sort((a, b) => time[a] - time[b] || permutation[a] - permutation[b]);
        for (const column of columns) {
            const values = slots.map((slot) => column[slot]);
            column.set(values, from);
        }
    }
}
