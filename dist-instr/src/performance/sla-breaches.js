// Cases over a service-level limit, and which steps account for the time beyond it.
import { groupScratch, mediansLaid, startsFromCounts } from './summarize-groups.js';
/**
 * Cases whose `throughput` exceeds `limitSeconds`, and per step the waiting it added in those cases beyond its typical
 * (median) waiting in the cases that met the limit: the steps at the top explain the overrun. O(n + c log c) expected
 * for c breached cases. `typical`, when given, is that median per activity id already computed (by
 * {@link activityLayout} with the same limit).
 */
export function slaBreaches(log, waiting, throughput, limitSeconds, typical = typicalWaiting(log, waiting, breachedCases(throughput, limitSeconds))) {
    const size = log.activities.size;
    const cases = log.caseIds.length;
    const over = [];
    let timeOver = 0;
    for (let c = 0; c < cases; c++) {
        if (throughput[c] > limitSeconds) {
            over.push(c);
            timeOver += throughput[c] - limitSeconds;
        }
    }
    // A step's usual wait is its median waiting in the cases that met the limit; every occurrence in a breached case
    // that waited longer adds the difference to the step's excess.
    const { caseStart, activity } = log;
    const stepCases = new Int32Array(size);
    const lastCase = new Int32Array(size).fill(-1);
    const stepWaiting = new Float64Array(size);
    const stepExcess = new Float64Array(size);
    for (const c of over) {
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const wait = waiting[e];
            if (Number.isNaN(wait))
                continue;
            const a = activity[e];
            if (lastCase[a] !== c) {
                lastCase[a] = c;
                stepCases[a] = stepCases[a] + 1;
            }
            stepWaiting[a] = stepWaiting[a] + wait;
            stepExcess[a] = stepExcess[a] + Math.max(0, wait - typical[a]);
        }
    }
    let excessTotal = 0;
    for (let a = 0; a < size; a++)
        excessTotal += stepExcess[a];
    const steps = [];
    for (let a = 0; a < size; a++) {
        if (stepExcess[a] <= 0)
            continue;
        steps.push({
            name: log.activities.nameOf(a),
            cases: stepCases[a],
            waitingInBreached: stepWaiting[a],
            typicalWaiting: typical[a],
            excess: stepExcess[a],
            shareOfExcess: excessTotal > 0 ? stepExcess[a] / excessTotal : 0,
        });
    }
    steps.sort((a, b) => b.excess - a.excess || (a.name < b.name ? -1 : 1));
    over.sort((a, b) => throughput[b] - throughput[a] || a - b);
    return {
        limitSeconds,
        casesOver: over.length,
        shareOver: cases > 0 ? over.length / cases : 0,
        cases: over.map((c) => log.caseIds[c]),
        timeOver,
        steps,
    };
}
/** 1 for each case whose throughput exceeds `limitSeconds`. O(cases). */
export function breachedCases(throughput, limitSeconds) {
    const breached = new Uint8Array(throughput.length);
    for (let c = 0; c < throughput.length; c++)
        if (throughput[c] > limitSeconds)
            breached[c] = 1;
    return breached;
}
/**
 * Median waiting per activity id in the cases not `breached`: laid out by activity straight from those cases (a
 * counting sort in two passes over them). O(n) expected.
 */
function typicalWaiting(log, waiting, breached) {
    const size = log.activities.size;
    const { caseStart, activity } = log;
    const starts = new Int32Array(size + 1);
    for (let c = 0; c + 1 < caseStart.length; c++) {
        if (breached[c])
            continue;
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            if (!Number.isNaN(waiting[e]))
                starts[activity[e] + 1] = starts[activity[e] + 1] + 1;
        }
    }
    const cursor = startsFromCounts(starts);
    const laid = groupScratch(starts[size]);
    for (let c = 0; c + 1 < caseStart.length; c++) {
        if (breached[c])
            continue;
        for (let e = caseStart[c]; e < caseStart[c + 1]; e++) {
            const wait = waiting[e];
            if (Number.isNaN(wait))
                continue;
            const a = activity[e];
            laid[cursor[a]] = wait;
            cursor[a] = cursor[a] + 1;
        }
    }
    return mediansLaid(laid, starts).medians;
}
