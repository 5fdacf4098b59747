// Per activity: how often it happens, how long cases wait in front of it, how long it takes, and its share of waiting.
import { summarizeGroups } from './summarize-groups.js';
/**
 * Frequency, waiting and service per activity, ranked by total waiting (descending, then name), from per-event
 * `waiting` and `service` ({@link eventWaiting}, {@link eventService}). `waits`, when given, are the waiting summaries
 * per activity id already computed from `waiting` (`summarizeGroups(waiting, log.activity, size)`, shared with
 * `edgePerformance`). O(n) expected (summaries by selection).
 */
export function activityPerformance(log, waiting, service, waits = summarizeGroups(waiting, log.activity, log.activities.size)) {
    const size = log.activities.size;
    const counts = new Int32Array(size);
    const { activity } = log;
    for (let e = 0; e < activity.length; e++)
        counts[activity[e]] = counts[activity[e]] + 1;
    const services = service ? summarizeGroups(service, log.activity, size) : null;
    const grand = waits.reduce((sum, summary) => sum + summary.total, 0);
    const rows = [];
    for (let id = 0; id < size; id++) {
        if (counts[id] === 0)
            continue;
        const wait = waits[id];
        rows.push({
            name: log.activities.nameOf(id),
            count: counts[id],
            waiting: wait,
            service: services ? services[id] : null,
            shareOfWaiting: grand > 0 ? wait.total / grand : 0,
        });
    }
    return rows.sort((a, b) => b.waiting.total - a.waiting.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
