// Renderers of the inspect report: text for people, JSON for machines, Markdown for wikis.
import { PLAIN } from './style.js';
import { textTable } from './text-table.js';
import { markdownCell } from './markdown-cell.js';
import { formatCount } from './number-format.js';
const LIST_LIMIT = 15;
/** Label–value rows, labels padded to the widest. */
function table(rows) {
    return textTable(rows, { align: ['left', 'left'] });
}
/** Count–name rows, counts right-aligned like every other count column. */
function countTable(rows) {
    return textTable(rows, { align: ['right', 'left'] });
}
function counts(items, limit) {
    const rows = items.slice(0, limit).map((item) => [item.count.toLocaleString('en-US'), item.name]);
    if (items.length > limit)
        rows.push(['…', `${items.length - limit} more`]);
    return rows;
}
/** Human-readable text; `style` adds emphasis. */
export function renderInspectText(report, style = PLAIN) {
    const lines = [];
    lines.push(style.heading(`Log: ${report.files.join(', ')}`));
    lines.push(...table([
        ['events', formatCount(report.events)],
        ['cases', formatCount(report.cases)],
        ['activities', formatCount(report.activities.length)],
        ['resources', formatCount(report.resources.length)],
        ['time range', report.timeRange ? `${report.timeRange.start} → ${report.timeRange.end}` : '—'],
        ['events per case', `min ${report.eventsPerCase.min}, median ${report.eventsPerCase.median}, max ${report.eventsPerCase.max}`],
        ['timestamps', `${report.timestampFormat} (zone ${report.timezone} where no offset)`],
        ['columns', Object.entries(report.mapping).map(([role, column]) => `${role}=${column}`).join(', ')],
    ]));
    lines.push('', style.heading('Activities'), ...countTable(counts(report.activities, LIST_LIMIT)));
    if (report.resources.length)
        lines.push('', style.heading('Resources'), ...countTable(counts(report.resources, 10)));
    if (report.decisions.length)
        lines.push('', style.heading('Decisions'), ...countTable(counts(report.decisions, 10)));
    lines.push('', style.heading('Data quality'));
    const quality = report.quality;
    const flag = (value) => (value > 0 ? style.warn(formatCount(value)) : formatCount(value));
    lines.push(...table([
        ['rows read', formatCount(report.rowsRead)],
        ['rows rejected', flag(report.rejected.count)],
        ...Object.entries(report.rejected.byReason).map(([reason, count]) => [`  ${reason}`, formatCount(count)]),
        ['label merges', flag(report.labelMerges.length)],
        ['duplicate events', flag(quality.duplicateEvents) + (quality.duplicateExamples.length ? style.dim(` (e.g. cases ${quality.duplicateExamples.join(', ')})`) : '')],
        ['single-event cases', flag(quality.singleEventCases)],
        ['rows out of time order', flag(quality.outOfOrderRows)],
        ['timestamps in the future', flag(quality.futureEvents)],
        ...(quality.startAfterEnd ? [['start after end', flag(quality.startAfterEnd)]] : []),
    ]));
    for (const merge of report.labelMerges) {
        lines.push(style.dim(`  ${merge.column} “${merge.canonical}” ← ${merge.variants.map((variant) => `“${variant}”`).join(', ')}`));
    }
    for (const warning of report.warnings)
        lines.push(style.warn(`  warning: ${warning}`));
    return `${lines.join('\n')}\n`;
}
/** The report as indented JSON. */
export function renderInspectJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** Markdown tables for wikis and merge requests. */
export function renderInspectMarkdown(report) {
    const lines = [
        `# Log: ${markdownCell(report.files.join(', '))}`,
        '',
        '| measure | value |',
        '| --- | --- |',
        `| events | ${report.events} |`,
        `| cases | ${report.cases} |`,
        `| activities | ${report.activities.length} |`,
        `| resources | ${report.resources.length} |`,
        `| time range | ${report.timeRange ? `${report.timeRange.start} → ${report.timeRange.end}` : '—'} |`,
        `| timestamp format | ${markdownCell(report.timestampFormat)} |`,
        `| rows rejected | ${report.rejected.count} of ${report.rowsRead} |`,
        `| label merges | ${report.labelMerges.length} |`,
        `| duplicate events | ${report.quality.duplicateEvents} |`,
        `| single-event cases | ${report.quality.singleEventCases} |`,
        `| rows out of time order | ${report.quality.outOfOrderRows} |`,
        `| timestamps in the future | ${report.quality.futureEvents} |`,
        '',
        '| activity | events |',
        '| --- | ---: |',
        ...report.activities.map((activity) => `| ${markdownCell(activity.name)} | ${activity.count} |`),
        '',
    ];
    return lines.join('\n');
}
