// The bottleneck analysis as one CSV table for spreadsheets: a row per step, transition, resource and role, durations
// in seconds (working seconds with a calendar).
import { csvLine } from './csv-cell.js';
const SUMMARY_FIELDS = ['count', 'mean', 'median', 'p90', 'p95', 'max', 'total'];
const cells = (summary) => SUMMARY_FIELDS.map((field) => (summary ? summary[field] : null));
/** Columns: kind, name, from, to, events, waiting_*, service_*, share_of_waiting, share_of_throughput, rising. */
export function renderBottlenecksCsv(report) {
    const header = [
        'kind',
        'name',
        'from',
        'to',
        'events',
        ...SUMMARY_FIELDS.map((field) => `waiting_${field}`),
        ...SUMMARY_FIELDS.map((field) => `service_${field}`),
        'share_of_waiting',
        'share_of_throughput',
        'rising',
    ];
    const lines = [csvLine(header)];
    for (const row of report.activities) {
        lines.push(csvLine(['activity', row.name, null, null, row.count, ...cells(row.waiting), ...cells(row.service), row.shareOfWaiting, row.shareOfThroughput, row.waitingTrend.rising]));
    }
    for (const edge of report.edges)
        lines.push(csvLine(['edge', `${edge.from} → ${edge.to}`, edge.from, edge.to, edge.count, ...cells(edge.waiting), ...cells(null), null, null, null]));
    for (const [kind, rows] of [['resource', report.resources], ['role', report.roles]]) {
        for (const row of rows)
            lines.push(csvLine([kind, row.name, null, null, row.events, ...cells(row.waiting), ...cells(null), null, null, row.queueTrend.rising]));
    }
    return lines.join('');
}
