// bottleneck: the steps adding the most waiting, measured as the performance analysis does (eventWaiting: from the
// previous event's end to this event's start, in working time with a calendar).
import { orderStatistics, quantilesInPlace } from '../../performance/quantiles-in-place.js';
import { faNumber, messageDuration } from '../finding.js';
import { caseIdsOfSorted, caseShare } from './rule.js';
/** A step is a bottleneck when it adds at least this share of all waiting in the log. */
export const BOTTLENECK_SHARE = 0.2;
/** ... and its median waiting is at least this many times the median waiting of an event of the log. */
export const BOTTLENECK_RATIO = 2;
/** One pass over the events. O(n). */
function waitingTotals(context) {
    const { log, waiting } = context;
    const { caseStart, activity } = log;
    const counts = new Int32Array(log.activities.size);
    const totals = new Float64Array(log.activities.size);
    let total = 0;
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const to = caseStart[c + 1];
        for (let e = caseStart[c] + 1; e < to; e++) {
            const a = activity[e];
            const value = waiting[e];
            counts[a] = counts[a] + 1;
            totals[a] = totals[a] + value;
            total += value;
        }
    }
    return { counts, totals, total };
}
/** One pass over the events, copying out only the wanted activities' values. O(n). */
function activityWaiting(context, wanted, counts) {
    const { caseStart, activity } = context.log;
    const { waiting } = context;
    const result = new Map();
    const of = new Array(counts.length);
    for (const a of wanted)
        result.set(a, (of[a] = { values: new Float64Array(counts[a]), cases: [] }));
    const filled = new Int32Array(counts.length);
    for (let c = 0; c + 1 < caseStart.length; c++) {
        const to = caseStart[c + 1];
        for (let e = caseStart[c] + 1; e < to; e++) {
            const a = activity[e];
            const entry = of[a];
            if (!entry)
                continue;
            entry.values[filled[a]] = waiting[e];
            filled[a] = filled[a] + 1;
            if (entry.cases[entry.cases.length - 1] !== c)
                entry.cases.push(c);
        }
    }
    return result;
}
/**
 * The median waiting of an event (first events of a case left out), without copying: the context holds 0 for each
 * case's first event and no waiting is below 0, so leaving out the z first events shifts every order statistic of the
 * rest up by z places among all events. Expected O(n).
 */
function typicalWaiting(context) {
    const { caseStart } = context.log;
    let firsts = 0;
    for (let c = 0; c + 1 < caseStart.length; c++)
        if (caseStart[c] < caseStart[c + 1])
            firsts++;
    const count = context.waiting.length - firsts;
    const index = (count - 1) / 2;
    const lower = Math.floor(index);
    const ranks = index === lower ? [lower + firsts] : [lower + firsts, lower + firsts + 1];
    const [low, high] = orderStatistics(context.waiting, ranks);
    return high === undefined ? low : low + (index - lower) * (high - low);
}
/**
 * Activities (every step, signing or not) that add at least 20% of all waiting and wait at least twice as long as a
 * typical event. Severity: high at 40% of all waiting or more, medium at 20%. Metrics: cases, waiting median, p90 and
 * total, share. One pass counts and sums the waiting per activity; only when an activity has the share are its
 * values copied out for a median and p90 and the median of all waiting selected. O(n) expected.
 */
export const bottleneck = {
    id: 'bottleneck',
    describe: 'the steps adding the most waiting',
    check(context, options) {
        const { log } = context;
        const { counts, totals, total } = waitingTotals(context);
        if (total <= 0)
            return [];
        const wanted = [];
        for (let a = 0; a < totals.length; a++)
            if (totals[a] / total >= BOTTLENECK_SHARE)
                wanted.push(a);
        if (wanted.length === 0)
            return [];
        const typical = typicalWaiting(context);
        const byActivity = activityWaiting(context, wanted, counts);
        const flagged = wanted.flatMap((a) => {
            const { values, cases } = byActivity.get(a);
            const [median, p90] = quantilesInPlace(values, [0.5, 0.9]);
            return median >= BOTTLENECK_RATIO * typical && median > 0 ? [{ a, share: totals[a] / total, median, p90, cases }] : [];
        });
        const findings = [];
        for (const { a, share, median: waitingMedian, p90, cases } of flagged) {
            const name = log.activities.nameOf(a);
            const percent = Math.round(share * 100);
            const median = messageDuration(waitingMedian, context.dayLength, options.lang);
            findings.push({
                id: `bottleneck:${name}`,
                type: 'bottleneck',
                severity: share >= 0.4 ? 'high' : 'medium',
                activities: [name],
                cases: caseIdsOfSorted(context, cases),
                metrics: { cases: cases.length, waitingMedian, waitingP90: p90, waitingTotal: totals[a], waitingShare: share, impact: caseShare(context, cases.length) },
                message: options.lang === 'fa'
                    ? `پرونده‌ها پیش از «${name}» میانه ${median} منتظر می‌مانند: ${faNumber(percent)}٪ کل انتظار.`
                    : `Cases wait a median ${median} before “${name}”: ${percent}% of all waiting.`,
            });
        }
        return findings;
    },
};
