// Summaries of many groups of one value column (per activity, per edge, per resource) without a Map or a sort per group.

import { sortColumn, type SortedColumn } from './sorted-order.js';
import { EMPTY_SUMMARY, summarizeSorted, type Summary } from './summarize.js';

let scratch = new Float64Array(0);

/**
 * {@link summarize} of the values of each group: `groupOf[i]` is the group of `values[i]` (0 … groups - 1, or negative
 * to skip); `NaN` values are skipped. `column` is {@link sortColumn} of `values`, computed once by the caller and
 * shared by every grouping of the same column: walking it, a counting sort lays each group out already in ascending
 * order. O(n + groups) given the order.
 */
export function summarizeGroups(values: ArrayLike<number>, groupOf: ArrayLike<number>, groups: number, column: SortedColumn = sortColumn(values)): Summary[] {
  const { order, sorted } = column;
  if (groups === 0) return [];
  const starts = new Int32Array(groups + 1);
  // Group sizes do not depend on the order: count in a sequential scan, then walk the order once to lay values out.
  for (let i = 0; i < values.length; i++) {
    const g = groupOf[i] as number;
    if (g >= 0 && !Number.isNaN(values[i] as number)) starts[g + 1] = (starts[g + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const total = starts[groups] as number;
  // The laid-out values live only until the summaries are computed: one buffer serves every call.
  if (scratch.length < total) scratch = new Float64Array(Math.max(total, scratch.length * 2));
  const laid = scratch;
  const cursor = starts.slice(0, groups);
  for (let k = 0; k < order.length; k++) {
    const g = groupOf[order[k] as number] as number;
    if (g >= 0) {
      const at = cursor[g] as number;
      laid[at] = sorted[k] as number;
      cursor[g] = at + 1;
    }
  }
  const summaries: Summary[] = [];
  for (let g = 0; g < groups; g++) {
    const from = starts[g] as number;
    const to = starts[g + 1] as number;
    summaries.push(to > from ? summarizeSorted(laid.subarray(from, to)) : EMPTY_SUMMARY);
  }
  return summaries;
}
