// What changed between two periods: throughput, bottleneck ranks, findings new and resolved, variants appearing or
// vanishing. Pure: two report parts in, the comparison model (the `--format json` output) out.
import { compareBottlenecks } from './compare-bottlenecks.js';
import { compareFindings } from './compare-findings.js';
import { compareThroughput } from './compare-throughput.js';
import { compareVariants } from './compare-variants.js';
import { COMPARISON_SCHEMA_VERSION, DEFAULT_LIST_LIMIT } from './comparison.js';
/** Shared case ids listed in the output. */
const SHARED_EXAMPLES = 5;
/** Case ids of `after` that `before` has too, in `after`'s order. O(c). */
export function sharedCaseIds(before, after) {
    const old = new Set(before);
    return after.filter((id) => old.has(id));
}
/**
 * Compares OLD with NEW. Both sides must come from the same analysis options (the same calendar, rules and
 * thresholds), or the changes measure the options instead of the process; the calendar echoed is NEW's.
 * Deterministic: the same inputs give the same model. O(s + f log f + v log v) for s steps, f findings, v variants.
 */
export function compareReports(before, after, options = {}) {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const calendar = after.bottlenecks.calendar;
    const shared = sharedCaseIds(before.caseIds ?? [], after.caseIds ?? []);
    const warnings = [];
    for (const [name, side] of [['OLD', before], ['NEW', after]]) {
        if (side.log.cases === 0)
            warnings.push(`${name} has no cases: its figures are all 0 and everything in the other period counts as changed`);
    }
    if (shared.length > 0) {
        warnings.push(`${shared.length} case ids are in both periods (e.g. ${shared.slice(0, 3).join(', ')}): a case cut at the boundary counts as two shorter cases with other variants, throughput and first events (segregation-of-duties findings then name the wrong requester); compare exports of the cases submitted in each period`);
    }
    return {
        tool: 'redtape',
        schemaVersion: COMPARISON_SCHEMA_VERSION,
        kind: 'comparison',
        old: before.log,
        new: after.log,
        unit: after.bottlenecks.unit,
        calendar: {
            workingTime: calendar.workingTime,
            workHours: calendar.workHours,
            timezone: calendar.timezone,
            holidays: calendar.holidays.length,
            dayLengthSeconds: calendar.dayLengthSeconds,
        },
        listLimit: limit,
        sharedCases: { count: shared.length, examples: shared.slice(0, SHARED_EXAMPLES) },
        warnings,
        throughput: compareThroughput(before.bottlenecks.cases.throughput, after.bottlenecks.cases.throughput, before.samples && after.samples ? { old: before.samples.throughput, new: after.samples.throughput } : undefined),
        bottlenecks: compareBottlenecks(before.bottlenecks.activities, after.bottlenecks.activities, limit, before.samples && after.samples ? { old: before.samples.waiting, new: after.samples.waiting } : undefined),
        findings: compareFindings(before.findings, after.findings, limit),
        variants: compareVariants(before.variants, after.variants, limit),
    };
}
