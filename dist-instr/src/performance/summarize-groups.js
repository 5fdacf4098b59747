// Summaries of many groups of one value column (per activity, per edge, per resource) without a Map or a sort per group.
//
// Every grouped measure is a counting sort (count each group's values, turn the counts into starts, copy each value to
// its group's next slot) followed by selections on each group's stretch. Callers whose group of an event is cheap to
// recompute (an activity and a period, the cases within an SLA) run the two passes themselves with the pieces below,
// rather than first writing a group column as long as the log.
import { medianInPlace, summarizeRange } from './summarize.js';
let scratch = new Float64Array(0);
/**
 * The buffer groups are laid out in, grown to at least `size` values: shared by every grouped summary (the laid-out
 * values live only until their summaries are computed), valid until the next call of a function of this module.
 */
export function groupScratch(size) {
    if (scratch.length < size)
        scratch = new Float64Array(Math.max(size, scratch.length * 2));
    return scratch;
}
/**
 * Turns `starts` (group g's count at `starts[g + 1]`, `starts[0]` = 0) into starts in place: group g's values go to
 * `starts[g] … starts[g + 1]`. Returns the write cursor of each group (a copy of the starts). O(groups).
 */
export function startsFromCounts(starts) {
    const groups = starts.length - 1;
    for (let g = 0; g < groups; g++)
        starts[g + 1] = starts[g + 1] + starts[g];
    return starts.slice(0, groups);
}
/**
 * Lays the non-NaN values of each group out contiguously (a counting sort in one sequential pass): group g's values
 * are `laid[starts[g] … starts[g + 1]]`, in input order. `laid` is a shared scratch buffer, valid until the next call.
 * O(n + groups).
 */
function layOut(values, groupOf, groups) {
    const starts = new Int32Array(groups + 1);
    const n = values.length;
    for (let i = 0; i < n; i++) {
        const g = groupOf[i];
        if (g >= 0 && !Number.isNaN(values[i]))
            starts[g + 1] = starts[g + 1] + 1;
    }
    const cursor = startsFromCounts(starts);
    const laid = groupScratch(starts[groups]);
    for (let i = 0; i < n; i++) {
        const g = groupOf[i];
        const value = values[i];
        if (g >= 0 && !Number.isNaN(value)) {
            const at = cursor[g];
            laid[at] = value;
            cursor[g] = at + 1;
        }
    }
    return { starts, laid };
}
/** {@link summarizeRange} of each group of values laid out by `starts` (reordering each stretch). O(values + groups) expected. */
export function summarizeLaid(laid, starts) {
    const summaries = [];
    for (let g = 0; g + 1 < starts.length; g++)
        summaries.push(summarizeRange(laid, starts[g], starts[g + 1]));
    return summaries;
}
/**
 * {@link summarize}'s figures for the values of each group: `groupOf[i]` is the group of `values[i]` (0 … groups - 1,
 * or negative to skip); `NaN` values are skipped. A counting sort lays each group out contiguously in one sequential
 * pass, then {@link summarizeInPlace} finds each group's order statistics by selection: O(n + groups) expected, no
 * sorting. (Sorting once and walking the order was tried: the random reads of the walk cost as much as the selections,
 * and the sort comes on top.)
 */
export function summarizeGroups(values, groupOf, groups) {
    if (groups === 0)
        return [];
    const { starts, laid } = layOut(values, groupOf, groups);
    return summarizeLaid(laid, starts);
}
/**
 * Count and median of each group of values laid out by `starts`, as {@link summarizeLaid} would give them (the same
 * median, bit for bit): one selection per group instead of three, and no summary objects. Groups without values have
 * count 0 and median 0. O(values + groups) expected.
 */
export function mediansLaid(laid, starts) {
    const groups = starts.length - 1;
    const counts = new Int32Array(groups);
    const medians = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const from = starts[g];
        const to = starts[g + 1];
        counts[g] = to - from;
        if (to > from)
            medians[g] = medianInPlace(laid.subarray(from, to));
    }
    return { counts, medians };
}
/**
 * Count and median of each group, as {@link summarizeGroups} would give them, for measures that need no other figure
 * (trends per period, an SLA's usual waiting): {@link mediansLaid} of the laid-out groups. O(n + groups) expected.
 */
export function groupMedians(values, groupOf, groups) {
    if (groups === 0)
        return { counts: new Int32Array(0), medians: new Float64Array(0) };
    const { starts, laid } = layOut(values, groupOf, groups);
    return mediansLaid(laid, starts);
}
