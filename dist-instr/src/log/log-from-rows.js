// Builds a log from in-memory rows: the constructor tests and programmatic users reach for.
import { LogBuilder } from './log-builder.js';
const MEMORY_SOURCE = { files: ['<memory>'], mapping: {}, timestampFormat: 'epoch milliseconds', timezone: 'UTC' };
/** An EventLog from rows in input order (see {@link LogBuilder}). O(n log n) worst case. */
export function logFromRows(rows, source = MEMORY_SOURCE) {
    const builder = new LogBuilder();
    for (const row of rows)
        builder.add(row);
    return builder.build(source);
}
/**
 * An EventLog from traces written as activity lists, e.g. `[['a', 'b'], ['a', 'c']]`: case ids `1`, `2`, … and one
 * event a minute (or the times given as `[activity, epochMs]` pairs). For hand-checked tests.
 */
export function logFromTraces(traces) {
    const rows = [];
    traces.forEach((trace, t) => {
        trace.forEach((step, i) => {
            const [activity, time] = typeof step === 'string' ? [step, i * 60_000] : step;
            rows.push({ caseId: String(t + 1), activity, time });
        });
    });
    return logFromRows(rows);
}
