// The two passes over the events behind the per-resource (per-role) figures: a counting sort of the events by group.
import { NONE } from '../log/dictionary.js';
import { eventStart } from './event-waiting.js';
// Per-group counts of the first pass, interleaved so that an event touches one cache line of its group (a log whose
// users include the applicants has 100,000s of groups, most of them cold). The second pass turns EVENTS and LAST_CASE
// into write cursors.
export const EVENTS = 0; // events; in the second pass, the next free slot of the group's periods
export const CASES = 1;
export const LAST_CASE = 2; // the last case counted; in the second pass, the next free slot of the group's waiting values
export const VALUES = 3; // waiting values that are not NaN
export const STRIDE = 4;
/**
 * First pass: each group's events, distinct cases and waiting values that are not NaN, into `stat`. (Each pass is a
 * function of its own, so that the code compiled while its loop runs covers only code that has run.) O(n).
 */
export function countGroups(column, waiting, caseStart, stat) {
    for (let c = 0; c + 1 < caseStart.length; c++) {
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const r = column[e];
            if (r === NONE)
                continue;
            const b = r * STRIDE;
            stat[b + EVENTS] = stat[b + EVENTS] + 1;
            if (stat[b + LAST_CASE] !== c) {
                stat[b + LAST_CASE] = c;
                stat[b + CASES] = stat[b + CASES] + 1;
            }
            if (!Number.isNaN(waiting[e]))
                stat[b + VALUES] = stat[b + VALUES] + 1;
        }
    }
}
const arrivalsCache = new WeakMap();
/**
 * Per case, the period its first event's work arrived in: that of the event's own start, or of its end when the
 * export has it starting after it ended (the case would otherwise be counted out before it came in, and a resource
 * show -1 cases in hand). Computed once per grid and log (the resource and the role passes share it). O(cases).
 */
export function firstArrivals(log, grid) {
    let byLog = arrivalsCache.get(grid);
    if (!byLog)
        arrivalsCache.set(grid, (byLog = new WeakMap()));
    let arrivals = byLog.get(log);
    if (arrivals)
        return arrivals;
    const { caseStart } = log;
    arrivals = new Int32Array(Math.max(0, caseStart.length - 1));
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const first = caseStart[c];
        if (first < caseStart[c + 1])
            arrivals[c] = grid.indexOf(Math.min(eventStart(log, first), log.time[first]));
    }
    byLog.set(log, arrivals);
    return arrivals;
}
/**
 * Second pass: each event's arrival and completion periods into its group's slots (`spans`) or counts (`tallies`),
 * and its waiting value into its group's stretch of `laid`, at the cursors of `stat`. Work arrives at an event when
 * its case's previous event ends. O(n).
 */
export function layGroups({ column, waiting, caseStart, periodOf, firstArrival }, periods, stat, { spans, tallies }, laid) {
    for (let c = 0; c + 1 < caseStart.length; c++) {
        let arrived = firstArrival[c];
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const done = periodOf[e];
            const r = column[e];
            if (r !== NONE) {
                const b = r * STRIDE;
                const slot = stat[b + EVENTS];
                if (slot >= 0) {
                    spans[2 * slot] = arrived;
                    spans[2 * slot + 1] = done;
                    stat[b + EVENTS] = slot + 1;
                }
                else {
                    tallies[~slot + arrived] = tallies[~slot + arrived] + 1;
                    tallies[~slot + periods + done] = tallies[~slot + periods + done] + 1;
                }
                const wait = waiting[e];
                if (!Number.isNaN(wait)) {
                    const at = stat[b + LAST_CASE];
                    laid[at] = wait;
                    stat[b + LAST_CASE] = at + 1;
                }
            }
            arrived = done;
        }
    }
}
