// The waiting values of a log laid out once by activity, for every per-activity measure of the bottleneck analysis:
// the activity's summary, its median per period (trends) and its median in the cases within an SLA. Each used to lay
// the same values out again (two passes over the events each); here one counting sort serves all three.
import { medianInPlace, summarizeWith } from './summarize.js';
import { groupScratch, startsFromCounts } from './summarize-groups.js';
let merged = new Float64Array(0);
/**
 * Lays the non-NaN `waiting` values out by activity, then (with `breached`, a flag per case) within-limit cases before
 * breached ones, then period (`periodOf`, per event, over `periods`), in one counting sort; then reads off each
 * activity's summary, each (activity, period) median and each activity's median within the limit. Totals and maxima
 * are summed in event order as the summaries of {@link summarizeGroups} are, and order statistics do not depend on
 * the order of the values (waiting from {@link eventWaiting} is never NaN here nor -0), so the figures are the same.
 * O(n + activities × periods) expected.
 */
export function activityLayout(log, waiting, periodOf, periods, breached) {
    const size = log.activities.size;
    const sides = breached ? 2 : 1;
    const groups = size * sides * periods;
    const starts = new Int32Array(groups + 1);
    const totals = new Float64Array(size);
    const maxima = new Float64Array(size).fill(-Infinity);
    countValues(log, waiting, periodOf, periods, breached, { starts, totals, maxima });
    const cursor = startsFromCounts(starts);
    const laid = groupScratch(starts[groups]);
    layValues(log, waiting, periodOf, periods, breached, cursor, laid);
    // Medians first (each selection reorders only its own stretch), the activities' summaries last.
    const periodCounts = new Int32Array(size * periods);
    const periodMedians = new Float64Array(size * periods);
    const at = (a, side, period) => starts[(a * sides + side) * periods + period];
    for (let a = 0; a < size; a++) {
        for (let k = 0; k < periods; k++) {
            const within = at(a, 0, k);
            const withinEnd = at(a, 0, k + 1);
            const over = sides === 2 ? at(a, 1, k) : withinEnd;
            const overEnd = sides === 2 ? at(a, 1, k + 1) : withinEnd;
            const count = withinEnd - within + overEnd - over;
            periodCounts[a * periods + k] = count;
            if (count === 0)
                continue;
            if (overEnd === over)
                periodMedians[a * periods + k] = medianInPlace(laid.subarray(within, withinEnd));
            else {
                // The period's values of breached cases lie apart: joined in a scratch buffer.
                if (merged.length < count)
                    merged = new Float64Array(Math.max(count, 2 * merged.length));
                merged.set(laid.subarray(within, withinEnd), 0);
                merged.set(laid.subarray(over, overEnd), withinEnd - within);
                periodMedians[a * periods + k] = medianInPlace(merged.subarray(0, count));
            }
        }
    }
    let typical = null;
    if (breached) {
        typical = new Float64Array(size);
        for (let a = 0; a < size; a++)
            typical[a] = medianInPlace(laid.subarray(at(a, 0, 0), at(a, 1, 0)));
    }
    const waits = [];
    for (let a = 0; a < size; a++) {
        const from = at(a, 0, 0);
        const to = starts[(a + 1) * sides * periods];
        waits.push(summarizeWith(laid.subarray(from, to), totals[a], maxima[a]));
    }
    return { waits, periodCounts, periodMedians, typical };
}
/** The group (activity, side, period) of event e, 0-based, as laid out by {@link activityLayout}. */
function groupOf(activity, side, sides, period, periods) {
    return (activity * sides + side) * periods + period;
}
/**
 * First pass: how many values each group has (at `starts[group + 1]`), and each activity's total and maximum summed in
 * event order. (Each pass is a function of its own, so that the code compiled while its loop runs covers only code
 * that has run.) O(n).
 */
function countValues(log, waiting, periodOf, periods, breached, { starts, totals, maxima }) {
    const { caseStart, activity } = log;
    const sides = breached ? 2 : 1;
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const side = breached ? breached[c] : 0;
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const wait = waiting[e];
            if (Number.isNaN(wait))
                continue;
            const a = activity[e];
            const g = groupOf(a, side, sides, periodOf[e], periods) + 1;
            starts[g] = starts[g] + 1;
            totals[a] = totals[a] + wait;
            if (wait > maxima[a])
                maxima[a] = wait;
        }
    }
}
/** Second pass: each value to its group's next slot of `laid`. O(n). */
function layValues(log, waiting, periodOf, periods, breached, cursor, laid) {
    const { caseStart, activity } = log;
    const sides = breached ? 2 : 1;
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const side = breached ? breached[c] : 0;
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const wait = waiting[e];
            if (Number.isNaN(wait))
                continue;
            const g = groupOf(activity[e], side, sides, periodOf[e], periods);
            laid[cursor[g]] = wait;
            cursor[g] = cursor[g] + 1;
        }
    }
}
