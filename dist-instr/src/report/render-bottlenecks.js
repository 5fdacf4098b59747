// Renderers of the bottleneck analysis: a ranked text table for people, Markdown for wikis, JSON for machines.
// Durations are seconds in JSON and human units elsewhere, with "d" a working day of the calendar's length.
import { formatDuration } from '../performance/duration.js';
import { inHandLayout } from '../performance/resource-performance.js';
import { JsonFragment, writeJson } from './json-text.js';
import { PLAIN } from './style.js';
import { textTable } from './text-table.js';
import { markdownCell } from './markdown-cell.js';
import { formatCount, formatShare } from './number-format.js';
const TOP_EDGES = 10;
const TOP_RESOURCES = 10;
const SLA_CASES_SHOWN = 10;
/**
 * An in-hand series as JSON on one line (`[0,0,3,5]`), from its compact form: runs of zeros are one repeated string,
 * and no array of the whole series is made. One number a line, as the rest of the JSON is indented, made the
 * bottleneck JSON of a log with 129,000 resources 244 MB instead of 65. O(periods) characters.
 */
function seriesJson({ periods, from, counts }) {
    if (periods === 0)
        return '[]';
    const lead = Math.min(from, periods);
    const trail = periods - lead - counts.length;
    const segments = [];
    if (lead > 0)
        segments.push(zeroRun(lead));
    if (counts.length > 0)
        segments.push(counts.join(','));
    if (trail > 0)
        segments.push(zeroRun(trail));
    return `[${segments.join(',')}]`;
}
/** Runs of zeros laid out, by length: the resources of one report share a few hundred. */
const zeroRuns = [];
/** `count` zeros (count ≥ 1) joined by commas, made once per length. */
function zeroRun(count) {
    let run = zeroRuns[count];
    if (run === undefined) {
        run = `0${',0'.repeat(count - 1)}`;
        if (count < 100_000)
            zeroRuns[count] = run;
    }
    return run;
}
/**
 * JSON writing options for anything holding bottleneck results (the bottlenecks and report JSON): each resource's and
 * role's `inHand` is written from its compact series, on one line; everything else as `JSON.stringify(…, null, 2)`.
 */
export const BOTTLENECK_JSON = {
    expand(value) {
        const layout = inHandLayout(value);
        if (!layout)
            return undefined;
        const { mean, max } = value;
        return { mean, max, series: new JsonFragment(() => seriesJson(layout)) };
    },
};
/**
 * The report as indented JSON (`JSON.stringify(…, null, 2)` and a newline, but for the in-hand series, each on one
 * line), with the tool and command named so a reader knows what it holds, handed to `sink` in chunks. O(size of the
 * text).
 */
export function writeBottlenecksJson(report, sink) {
    writeJson({ tool: 'redtape', command: 'bottlenecks', ...report }, sink, BOTTLENECK_JSON);
    sink('\n');
}
/** {@link writeBottlenecksJson} as one string. */
export function renderBottlenecksJson(report) {
    const chunks = [];
    writeBottlenecksJson(report, (chunk) => chunks.push(chunk));
    return chunks.join('');
}
/** A table with the columns at `right` right-aligned and the others left-aligned. */
function table(header, rows, right) {
    return textTable(rows, { header, align: header.map((_, i) => (right.has(i) ? 'right' : 'left')) });
}
/** Shared facts of both human formats. */
function context(report) {
    const day = report.calendar.dayLengthSeconds;
    const calendar = report.calendar.workingTime
        ? `${report.calendar.workHours} (${report.calendar.name}), ${report.calendar.timezone}, ${report.calendar.holidays.length} holiday(s); 1d = ${formatDuration(day)} of work`
        : `calendar time (24x7), ${report.calendar.timezone}`;
    return { d: (seconds) => formatDuration(seconds, day), calendar, unit: report.unit };
}
const trendMark = (rising) => (rising ? '↑' : '');
/** Human-readable text: steps ranked by total waiting, then edges, resources, WIP and the SLA. */
export function renderBottlenecksText(report, style = PLAIN) {
    const { d, calendar } = context(report);
    const lines = [];
    const t = report.cases.throughput;
    lines.push(style.heading('Bottlenecks'));
    lines.push(`  calendar    ${calendar}`);
    lines.push(`  cases       ${formatCount(report.cases.count)} (${formatCount(report.events)} events)${report.timeRange ? `, ${report.timeRange.start} → ${report.timeRange.end}` : ''}`);
    lines.push(`  throughput  mean ${d(t.mean)}, median ${d(t.median)}, p90 ${d(t.p90)}, p95 ${d(t.p95)}, max ${d(t.max)} (n=${formatCount(t.count)})`);
    lines.push('', style.heading('Steps ranked by the waiting they add'));
    lines.push(...table(['#', 'step', 'events', 'total wait', 'median', 'p90', 'n', 'of waiting', 'of throughput', 'service (median)', 'rank by median', 'trend'], report.activities.map((row, i) => [
        String(i + 1),
        row.name,
        formatCount(row.count),
        d(row.waiting.total),
        d(row.waiting.median),
        d(row.waiting.p90),
        formatCount(row.waiting.count),
        formatShare(row.shareOfWaiting),
        formatShare(row.shareOfThroughput),
        row.service ? d(row.service.median) : '—',
        String(row.rankByMedian),
        trendMark(row.waitingTrend.rising),
    ]), new Set([0, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
    if (report.risingSteps.length)
        lines.push(style.warn(`  waiting rises over the period (Mann–Kendall p < 0.05, per-${report.wip.period} medians): ${report.risingSteps.join(', ')}`));
    const edges = [...report.edges].sort((a, b) => b.waiting.total - a.waiting.total).slice(0, TOP_EDGES);
    lines.push('', style.heading(`Transitions with the most waiting (top ${edges.length} of ${report.edges.length})`));
    lines.push(...table(['from', 'to', 'count', 'total wait', 'mean', 'median', 'p90'], edges.map((e) => [e.from, e.to, formatCount(e.count), d(e.waiting.total), d(e.waiting.mean), d(e.waiting.median), d(e.waiting.p90)]), new Set([2, 3, 4, 5, 6])));
    if (report.resources.length) {
        const shown = report.resources.slice(0, TOP_RESOURCES);
        lines.push('', style.heading(`Resources by the waiting in front of them (top ${shown.length} of ${report.resources.length})`));
        lines.push(...table(['resource', 'events', 'cases', 'total wait', 'median wait', 'p90', `in hand (mean/max per ${report.wip.period})`, 'queue'], shown.map((r) => [r.name, formatCount(r.events), formatCount(r.cases), d(r.waiting.total), d(r.waiting.median), d(r.waiting.p90), `${r.inHand.mean.toFixed(1)} / ${r.inHand.max}`, r.queueTrend.rising ? 'growing' : '']), new Set([1, 2, 3, 4, 5])));
        if (report.growingQueues.length)
            lines.push(style.warn(`  queues growing (Mann–Kendall p < 0.05 on cases in hand): ${report.growingQueues.join(', ')}`));
    }
    const wip = report.wip;
    lines.push('', style.heading('Work in progress'));
    const direction = wip.trend.rising ? style.warn('rise') : wip.trend.p < 0.05 && wip.trend.slopePerPeriod < 0 ? 'fall' : 'show no significant trend';
    lines.push(`  ${wip.series.length} ${wip.period}${wip.series.length === 1 ? "" : "s"}; at most ${formatCount(wip.maxOpen)} cases open; open cases ${direction} over the period (Mann–Kendall p = ${wip.trend.p.toFixed(3)})`);
    const arrivals = wip.series.reduce((sum, p) => sum + p.arrivals, 0);
    const completions = wip.series.reduce((sum, p) => sum + p.completions, 0);
    lines.push(`  arrivals ${formatCount(arrivals)}, completions ${formatCount(completions)} (cases still open at the end of the log count as not completed)`);
    if (report.sla)
        lines.push('', ...slaText(report, d, style));
    return `${lines.join('\n')}\n`;
}
function slaText(report, d, style) {
    const sla = report.sla;
    const lines = [style.heading(`SLA ${sla.limit} (${d(sla.limitSeconds)})`)];
    lines.push(`  ${formatCount(sla.casesOver)} of ${formatCount(report.cases.count)} cases over (${formatShare(sla.shareOver)}), ${d(sla.timeOver)} over in total`);
    if (sla.cases.length)
        lines.push(`  slowest: ${sla.cases.slice(0, SLA_CASES_SHOWN).join(', ')}${sla.cases.length > SLA_CASES_SHOWN ? `, … (${sla.cases.length - SLA_CASES_SHOWN} more)` : ''}`);
    if (sla.steps.length) {
        lines.push('  steps accounting for the excess (waiting beyond their median in cases within the limit):');
        lines.push(...table(['step', 'cases', 'excess', 'share', 'usual wait'], sla.steps.map((s) => [s.name, formatCount(s.cases), d(s.excess), formatShare(s.shareOfExcess), d(s.typicalWaiting)]), new Set([1, 2, 3, 4])));
    }
    return lines;
}
/** Markdown tables for wikis and merge requests. */
export function renderBottlenecksMarkdown(report) {
    const { d, calendar } = context(report);
    const t = report.cases.throughput;
    const summary = (s) => [d(s.total), d(s.mean), d(s.median), d(s.p90), d(s.p95), d(s.max), String(s.count)];
    const lines = [
        '# Bottlenecks',
        '',
        `Calendar: ${markdownCell(calendar)}. Durations in ${report.unit === 'seconds' ? 'calendar time' : 'working time'}.`,
        '',
        `Cases: ${report.cases.count}; throughput mean ${d(t.mean)}, median ${d(t.median)}, p90 ${d(t.p90)}, p95 ${d(t.p95)}, max ${d(t.max)} (n=${t.count}).`,
        '',
        '## Steps ranked by the waiting they add',
        '',
        '| # | step | events | total wait | mean | median | p90 | p95 | max | n | share of waiting | share of throughput | rank by median | rising |',
        '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        ...report.activities.map((row, i) => `| ${[String(i + 1), markdownCell(row.name), String(row.count), ...summary(row.waiting), formatShare(row.shareOfWaiting), formatShare(row.shareOfThroughput), String(row.rankByMedian), row.waitingTrend.rising ? 'yes' : ''].join(' | ')} |`),
        '',
        '## Transitions',
        '',
        '| from | to | count | total wait | mean | median | p90 | p95 | max | n |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...report.edges.map((e) => `| ${[markdownCell(e.from), markdownCell(e.to), String(e.count), ...summary(e.waiting)].join(' | ')} |`),
        '',
    ];
    if (report.resources.length) {
        lines.push('## Resources', '', '| resource | events | cases | median wait | p90 | in hand (mean) | in hand (max) | queue growing |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
        for (const r of report.resources)
            lines.push(`| ${[markdownCell(r.name), String(r.events), String(r.cases), d(r.waiting.median), d(r.waiting.p90), r.inHand.mean.toFixed(1), String(r.inHand.max), r.queueTrend.rising ? 'yes' : ''].join(' | ')} |`);
        lines.push('');
    }
    if (report.sla) {
        const sla = report.sla;
        lines.push(`## SLA ${markdownCell(sla.limit)}`, '', `${sla.casesOver} of ${report.cases.count} cases over (${formatShare(sla.shareOver)}).`, '');
        lines.push('| step | cases | excess | share of excess | usual wait |', '| --- | ---: | ---: | ---: | ---: |');
        for (const s of sla.steps)
            lines.push(`| ${[markdownCell(s.name), String(s.cases), d(s.excess), formatShare(s.shareOfExcess), d(s.typicalWaiting)].join(' | ')} |`);
        lines.push('');
    }
    return lines.join('\n');
}
