// Waiting time in front of each event: how long the case sat between the previous step finishing and this one starting.
/**
 * Seconds between two instants (epoch ms): elapsed time, or working time in `calendar` when one is given. The one
 * place every measure turns a pair of instants into a duration.
 */
export function spanSeconds(calendar) {
    return calendar && !calendar.calendarTime ? calendar.workingSeconds : (from, to) => (to - from) / 1000;
}
/** When event `e` started: its start time where the log has one, else its (only) timestamp. */
export function eventStart(log, e) {
    const start = log.startTime?.[e];
    return start !== undefined && !Number.isNaN(start) ? start : log.time[e];
}
/**
 * Waiting time per event in seconds (working seconds with a calendar): from the end of the previous event of the same
 * case to this event's start. With one timestamp per event this is the gap between the two timestamps, which is what
 * PM4Py's performance DFG puts on the edge (previous → this). An event that starts before the previous one ended
 * (overlapping work) waited 0. The first event of a case has no waiting: `NaN`.
 *
 * Indexed like the log's event columns. O(n) with the O(1) calendar lookup.
 */
export function eventWaiting(log, calendar) {
    // Each instant is looked up in the calendar once: an event's end is the next event's "previous end".
    const at = calendar && !calendar.calendarTime ? calendar.workingMsAt : (t) => t;
    const { caseStart, time, startTime } = log;
    const waiting = new Float64Array(time.length);
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const first = caseStart[c];
        const end = caseStart[c + 1];
        if (first >= end)
            continue;
        waiting[first] = NaN;
        let previousEnd = at(time[first]);
        for (let e = first + 1; e < end; e++) {
            const ended = at(time[e]);
            const started = startTime && !Number.isNaN(startTime[e]) ? at(startTime[e]) : ended;
            const wait = (started - previousEnd) / 1000;
            waiting[e] = wait > 0 ? wait : 0;
            previousEnd = ended;
        }
    }
    return waiting;
}
/**
 * Service time per event in seconds (working seconds with a calendar): start to end. `NaN` where the event has no start
 * time; `null` when the log has no start column at all. O(n).
 */
export function eventService(log, calendar) {
    const { startTime, time } = log;
    if (!startTime)
        return null;
    const span = spanSeconds(calendar);
    const service = new Float64Array(time.length);
    for (let e = 0; e < time.length; e++) {
        const start = startTime[e];
        service[e] = Number.isNaN(start) ? NaN : Math.max(0, span(start, time[e]));
    }
    return service;
}
