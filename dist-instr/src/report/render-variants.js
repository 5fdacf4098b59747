// Renderers of the variants report: text for people, JSON for machines, CSV for spreadsheets, Markdown for wikis.
// JSON and CSV durations are in seconds.
import { formatDuration } from '../performance/duration.js';
import { csvLine } from './csv-cell.js';
import { PLAIN } from './style.js';
import { markdownCell } from './markdown-cell.js';
import { formatCount, formatShare } from './number-format.js';
const ARROW = ' → ';
/** The contracted JSON: `{ "variants": [{ "activities", "count", "share", "medianThroughput" }] }`, extended. */
export function renderVariantsJson(rows, summary) {
    const variants = rows.map((row) => ({
        activities: row.activities,
        count: row.count,
        share: row.share,
        cumulativeShare: row.cumulativeShare,
        medianThroughput: row.medianThroughput,
    }));
    return `${JSON.stringify({ cases: summary.cases, totalVariants: summary.variants, variants }, null, 2)}\n`;
}
/** One row per variant; the sequence joined with ` → ` (formula-looking cells neutralized). */
export function renderVariantsCsv(rows) {
    const lines = [csvLine(['rank', 'count', 'share', 'cumulative_share', 'median_throughput_s', 'length', 'activities'])];
    rows.forEach((row, i) => lines.push(csvLine([i + 1, row.count, row.share, row.cumulativeShare, row.medianThroughput, row.activities.length, row.activities.join(ARROW)])));
    return lines.join('');
}
/** A Markdown table; pipes and line breaks in labels are escaped. */
export function renderVariantsMarkdown(rows, summary) {
    const lines = [
        `## Variants`,
        '',
        `${formatCount(summary.variants)} variants over ${formatCount(summary.cases)} cases; ${formatCount(rows.length)} shown.`,
        '',
        '| # | cases | share | cumulative | median throughput | activities |',
        '|---:|---:|---:|---:|---:|---|',
        ...rows.map((row, i) => `| ${i + 1} | ${formatCount(row.count)} | ${formatShare(row.share)} | ${formatShare(row.cumulativeShare)} | ${formatDuration(row.medianThroughput)} | ${markdownCell(row.activities.join(ARROW))} |`),
    ];
    return `${lines.join('\n')}\n`;
}
/** A ranked list for the terminal. */
export function renderVariantsText(rows, summary, style = PLAIN) {
    const lines = [
        style.heading(`Variants: ${formatCount(summary.variants)} over ${formatCount(summary.cases)} cases (${formatCount(rows.length)} shown)`),
    ];
    const width = Math.max(0, ...rows.map((row) => formatCount(row.count).length));
    rows.forEach((row, i) => {
        const count = formatCount(row.count).padStart(width);
        lines.push(`${String(i + 1).padStart(4)}. ${count} cases  ${formatShare(row.share).padStart(6)}  ${style.dim(`cum ${formatShare(row.cumulativeShare).padStart(6)}`)}  median ${formatDuration(row.medianThroughput)}  (${row.activities.length} steps)`);
        lines.push(`      ${row.activities.join(ARROW)}`);
    });
    return `${lines.join('\n')}\n`;
}
