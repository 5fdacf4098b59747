// A filter verb: keeps the cases a predicate accepts, returning a new log that shares the dictionaries.
/**
 * New log with the cases `keep(caseIndex, log)` accepts, in the same order. Dictionaries are shared (ids stay valid),
 * event columns are copied. O(n) in the number of events.
 */
export function filterCases(log, keep) {
    const kept = [];
    let events = 0;
    for (let c = 0; c < log.caseIds.length; c++) {
        if (keep(c, log)) {
            kept.push(c);
            events += log.caseStart[c + 1] - log.caseStart[c];
        }
    }
    const positions = new Int32Array(events);
    const caseStart = new Int32Array(kept.length + 1);
    let at = 0;
    kept.forEach((c, k) => {
        caseStart[k] = at;
        for (let e = log.caseStart[c]; e < log.caseStart[c + 1]; e++)
            positions[at++] = e;
    });
    caseStart[kept.length] = at;
    const pickInt = (column) => positions.map((e) => column[e]);
    const pickFloat = (column) => Float64Array.from(positions, (e) => column[e]);
    const pickCases = (column) => Object.freeze({ ...column, ids: Int32Array.from(kept, (c) => column.ids[c]) });
    return Object.freeze({
        ...log,
        caseIds: Object.freeze(kept.map((c) => log.caseIds[c])),
        caseStart,
        activity: pickInt(log.activity),
        time: pickFloat(log.time),
        startTime: log.startTime ? pickFloat(log.startTime) : null,
        resource: pickInt(log.resource),
        role: pickInt(log.role),
        decision: pickInt(log.decision),
        order: pickInt(log.order),
        eventAttributes: Object.freeze(log.eventAttributes.map((column) => Object.freeze({ ...column, ids: pickInt(column.ids) }))),
        caseAttributes: Object.freeze(log.caseAttributes.map(pickCases)),
    });
}
