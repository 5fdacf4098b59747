// Per resource (or role): how much they handle, how long cases wait in front of them, and whether their queue grows.
import { idsByName } from '../log/name-order.js';
import { periodsOf } from './period-grid.js';
import { summarizeRange } from './summarize.js';
import { groupScratch } from './summarize-groups.js';
import { countTrend } from './trend-test.js';
import { LazyInHand } from './in-hand.js';
import { CASES, countGroups, EVENTS, firstArrivals, LAST_CASE, layGroups, STRIDE, VALUES } from './resource-passes.js';
import { rankByTotal } from './rank-by-total.js';
export { inHandLayout } from './in-hand.js';
/**
 * Per resource (`by: 'resource'`) or role (`by: 'role'`), ranked by the total waiting in front of them (descending;
 * a median over two events would put occasional users first),
 * from per-event `waiting` ({@link eventWaiting}). Events without a resource (role) are left out. The queue trend is
 * {@link trendTest} on the number in hand per period. O(n + Σ active periods + groups × trend) time.
 *
 * A counting sort in two passes over the events ({@link countGroups}, {@link layGroups}) lays out each group's
 * waiting values contiguously (the same values in the same order as {@link summarizeGroups}), and each small group's
 * arrival and completion periods; a group with at least as many events as periods counts those per period instead.
 * The passes write each event once to its group's slots (no read-modify-write of a per-group series, which costs a
 * cache miss per event of a cold group). A log whose users include the applicants has 100,000s of resources: their
 * in-hand counts live in one shared Int32Array over each one's active periods (not resources × periods), and each
 * `inHand.series` (a full-length period array) is laid out only when read (a test, `JSON.stringify`), then kept. The
 * reports never read it; the JSON writers read the compact form ({@link inHandLayout}).
 */
export function resourcePerformance(log, waiting, grid, by = 'resource') {
    const column = by === 'resource' ? log.resource : log.role;
    const dictionary = by === 'resource' ? log.resources : log.roles;
    const size = dictionary.size;
    if (size === 0)
        return [];
    const stat = new Int32Array(size * STRIDE);
    for (let b = LAST_CASE; b < stat.length; b += STRIDE)
        stat[b] = -1;
    const { caseStart } = log;
    countGroups(column, waiting, caseStart, stat);
    // A group with at least as many events as the grid has periods (a clerk, a role) counts its arrivals and completions
    // per period in place (a few hundred integers, always in cache); the others (applicants: one or two events each) get
    // slots for their events' periods, written once each. EVENTS becomes the slot cursor, or ~(offset of the counts).
    const periods = grid.count;
    const events = new Int32Array(size);
    let slots = 0;
    let hot = 0;
    let valueCount = 0;
    for (let r = 0, b = 0; r < size; r++, b += STRIDE) {
        const count = stat[b + EVENTS];
        events[r] = count;
        if (count >= periods)
            stat[b + EVENTS] = ~(2 * periods * hot++);
        else {
            stat[b + EVENTS] = slots;
            slots += count;
        }
        stat[b + LAST_CASE] = valueCount;
        valueCount += stat[b + VALUES];
    }
    const spans = new Int32Array(2 * slots); // arrival and completion period of each event of the small groups
    const tallies = new Int32Array(2 * periods * hot); // per large group: arrivals per period, then completions
    const laid = groupScratch(valueCount);
    layGroups({ column, waiting, caseStart, periodOf: periodsOf(grid, log.time), firstArrival: firstArrivals(log, grid) }, periods, stat, { spans, tallies }, laid);
    const { rows, totals } = groupRows(dictionary, periods, stat, events, { spans, tallies }, laid);
    return rankByTotal(idsByName(dictionary), totals, events).map((r) => rows[r]);
}
/**
 * Each group's first arrival and last completion period (`ranges[2r]`, `ranges[2r + 1]`), and the length of all
 * active stretches together. O(events of the small groups + large groups × periods).
 */
function groupRanges(periods, events, spans, tallies) {
    const size = events.length;
    const ranges = new Int32Array(2 * size);
    let heldSize = 0;
    for (let r = 0, slot = 0, hot = 0; r < size; r++) {
        let first = periods;
        let last = -1;
        if (events[r] >= periods) {
            const base = 2 * periods * hot++;
            first = 0;
            while (first < periods && tallies[base + first] === 0)
                first++;
            last = periods - 1;
            while (last >= 0 && tallies[base + periods + last] === 0)
                last--;
        }
        else {
            for (const end = slot + events[r]; slot < end; slot++) {
                if (spans[2 * slot] < first)
                    first = spans[2 * slot];
                if (spans[2 * slot + 1] > last)
                    last = spans[2 * slot + 1];
            }
        }
        ranges[2 * r] = first;
        ranges[2 * r + 1] = last;
        heldSize += Math.max(0, last - first + 1);
    }
    return { ranges, heldSize };
}
/**
 * Each group's row from its events' periods (`spans` for the small groups, in group order, or `tallies` for the large
 * ones, as laid out by {@link resourcePerformance}) and its waiting values (`laid`). A group is in hand from its first
 * arrival to its last completion (its active periods): +1 at each arrival, -1 at each completion, summed over its
 * periods into `held` (arrivals after the last completion are never counted; completions before the first arrival
 * count from the start). O(events + groups × periods for the large groups + Σ active periods + groups × trend).
 */
function groupRows(dictionary, periods, stat, events, { spans, tallies }, laid) {
    const size = events.length;
    const { ranges, heldSize } = groupRanges(periods, events, spans, tallies);
    const held = new Int32Array(heldSize);
    const change = new Int32Array(periods + 1); // +1 at arrival, -1 at completion, by period; zero between groups
    const rows = new Array(size);
    const totals = new Float64Array(size);
    for (let r = 0, slot = 0, hot = 0, start = 0, values = 0; r < size; r++) {
        const count = events[r];
        if (count === 0)
            continue;
        const from = ranges[2 * r];
        const last = ranges[2 * r + 1];
        let before = 0; // completions before the first arrival
        if (count >= periods) {
            const base = 2 * periods * hot++;
            for (let k = 0; k < periods; k++) {
                if (k <= last)
                    change[k] = change[k] + tallies[base + k];
                if (k < from)
                    before -= tallies[base + periods + k];
                else
                    change[k] = change[k] - tallies[base + periods + k];
            }
        }
        else {
            for (const end = slot + count; slot < end; slot++) {
                const arrived = spans[2 * slot];
                const done = spans[2 * slot + 1];
                if (arrived <= last)
                    change[arrived] = change[arrived] + 1;
                if (done < from)
                    before--;
                else
                    change[done] = change[done] - 1;
            }
        }
        const active = Math.max(0, last - from + 1);
        let now = before;
        let total = 0;
        let max = 0;
        for (let k = from; k < from + active; k++) {
            now += change[k];
            change[k] = 0;
            held[start + k - from] = now;
            total += now;
            if (now > max)
                max = now;
        }
        const b = r * STRIDE;
        const valuesEnd = stat[b + LAST_CASE];
        const waits = summarizeRange(laid, values, valuesEnd);
        values = valuesEnd;
        totals[r] = waits.total;
        rows[r] = {
            name: dictionary.nameOf(r),
            events: count,
            cases: stat[b + CASES],
            waiting: waits,
            inHand: new LazyInHand(active ? total / active : 0, max, periods, from, held, start, active),
            queueTrend: countTrend(held, start, active),
        };
        start += active;
    }
    return { rows, totals };
}
