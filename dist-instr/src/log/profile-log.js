// What is in a log and how clean it is: the figures `redtape inspect` shows, computed in one pass over the columns.
import { quantileSorted } from 'simple-statistics';
import { NONE } from './dictionary.js';
import { idsByName } from './name-order.js';
function countNames(ids, dictionary) {
    const counts = new Float64Array(dictionary.size);
    for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id !== NONE)
            counts[id] = counts[id] + 1;
    }
    // In name order first: the stable sort by count leaves ties in name order.
    const used = [];
    for (const id of idsByName(dictionary))
        if (counts[id] > 0)
            used.push(id);
    used.sort((a, b) => counts[b] - counts[a]);
    return used.map((id) => ({ name: dictionary.nameOf(id), count: counts[id] }));
}
/**
 * Profiles `log`: counts per dictionary, time range, events per case, duplicates (same case, activity, time and
 * resource), single-event cases, events after `now` (epoch ms) and events that start after they end. O(n) plus
 * O(k log k) per case to find duplicates among events with equal times.
 */
export function profileLog(log, now) {
    const n = log.activity.length;
    const cases = log.caseIds.length;
    let first = Infinity;
    let last = -Infinity;
    let future = 0;
    for (let e = 0; e < n; e++) {
        const time = log.time[e];
        const start = log.startTime ? log.startTime[e] : NaN;
        const earliest = Number.isNaN(start) ? time : Math.min(time, start);
        if (earliest < first)
            first = earliest;
        if (time > last)
            last = time;
        if (time > now)
            future++;
    }
    const lengths = new Int32Array(cases);
    let single = 0;
    let duplicates = 0;
    const duplicateExamples = [];
    for (let c = 0; c < cases; c++) {
        const from = log.caseStart[c];
        const to = log.caseStart[c + 1];
        lengths[c] = to - from;
        if (to - from === 1)
            single++;
        // Events are sorted by time within a case, so duplicates sit in runs of equal time.
        for (let e = from + 1; e < to; e++) {
            for (let k = e - 1; k >= from && log.time[k] === log.time[e]; k--) {
                if (log.activity[k] === log.activity[e] && log.resource[k] === log.resource[e]) {
                    duplicates++;
                    if (duplicateExamples.length < 5)
                        duplicateExamples.push(log.caseIds[c]);
                    break;
                }
            }
        }
    }
    let startAfterEnd = 0;
    if (log.startTime)
        for (let e = 0; e < n; e++)
            if (log.startTime[e] > log.time[e])
                startAfterEnd++;
    lengths.sort();
    return {
        events: n,
        cases,
        activities: countNames(log.activity, log.activities),
        resources: countNames(log.resource, log.resources),
        roles: countNames(log.role, log.roles),
        decisions: countNames(log.decision, log.decisions),
        timeRange: n === 0 ? null : { start: new Date(first).toISOString(), end: new Date(last).toISOString() },
        eventsPerCase: {
            min: lengths[0] ?? 0,
            median: lengths.length ? quantileSorted(lengths, 0.5) : 0,
            max: lengths[lengths.length - 1] ?? 0,
        },
        quality: { duplicateEvents: duplicates, duplicateExamples: [...new Set(duplicateExamples)], singleEventCases: single, futureEvents: future, startAfterEnd },
    };
}
