// A fixed, evenly spread sample of cases for pictures that cannot show every case (the dotted chart), so a report on
// 2.5M events stays small and the same input always gives the same picture.
/**
 * Up to `limit` cases taken at equal strides through the log, ordered by their first event. O(limit × case length).
 */
export function sampleCases(log, limit) {
    const cases = log.caseIds.length;
    const stride = Math.max(1, cases / limit);
    const out = [];
    for (let k = 0; k < Math.min(cases, limit); k++) {
        const c = Math.floor(k * stride);
        const from = log.caseStart[c];
        const to = log.caseStart[c + 1];
        out.push({
            caseId: log.caseIds[c],
            times: Array.from(log.time.subarray(from, to)),
            activities: Array.from(log.activity.subarray(from, to)),
        });
    }
    return out.sort((a, b) => (a.times[0] ?? 0) - (b.times[0] ?? 0));
}
