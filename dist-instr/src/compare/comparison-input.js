// One side of a comparison from a log: the bottleneck analysis and every variant, with the findings of an audit run
// on the same log (the CLI runs it, as `redtape report` does), and the durations the shift tests need.
import { variantRows, variantsOf } from '../discovery/variants.js';
import { analyzeBottlenecks, calendarOf } from '../performance/analyze-bottlenecks.js';
import { calendarTimeSpec } from '../performance/calendar.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { eventWaiting } from '../performance/event-waiting.js';
/** Per-case throughput and per-step waiting (NaN for a case's first event kept out), in the analysis' unit. O(n). */
function samplesOf(log, options) {
    const { calendar } = calendarOf(log, options.calendar ?? calendarTimeSpec(log.source.timezone));
    const working = calendar.calendarTime ? undefined : calendar;
    const waiting = eventWaiting(log, working);
    const counts = new Int32Array(log.activities.size);
    for (let e = 0; e < waiting.length; e++)
        if (!Number.isNaN(waiting[e]))
            counts[log.activity[e]] = counts[log.activity[e]] + 1;
    const groups = Array.from(counts, (count) => new Float64Array(count));
    const filled = new Int32Array(counts.length);
    for (let e = 0; e < waiting.length; e++) {
        const value = waiting[e];
        if (Number.isNaN(value))
            continue;
        const a = log.activity[e];
        groups[a][filled[a]] = value;
        filled[a] = filled[a] + 1;
    }
    const byName = new Map();
    groups.forEach((group, a) => {
        if (group.length > 0)
            byName.set(log.activities.nameOf(a), group);
    });
    return { throughput: caseThroughput(log, working), waiting: byName };
}
/**
 * The parts of a report model that {@link compareReports} reads, for `log`. Pure. Cost: the bottleneck analysis
 * (O(n) expected), the variants (O(n), plus O(n log n) for their median throughput times) and the samples (O(n)).
 */
export function comparisonInput(log, findings, options = {}) {
    const bottlenecks = analyzeBottlenecks(log, options);
    return {
        log: { files: log.source.files, cases: log.caseIds.length, events: log.activity.length, timeRange: bottlenecks.timeRange },
        bottlenecks,
        findings,
        variants: variantRows(log, variantsOf(log)),
        caseIds: log.caseIds,
        samples: samplesOf(log, options),
    };
}
