// Renderers of the variants report: text for people, JSON for machines, CSV for spreadsheets, Markdown for wikis.
// JSON and CSV durations are in seconds.

import type { VariantRow } from '../discovery/variants.js';
import { formatDuration } from '../performance/duration.js';
import { csvLine } from './csv-cell.js';
import { PLAIN, type Style } from './style.js';
import { markdownCell } from './markdown-cell.js';
import { formatCount, formatShare } from './number-format.js';

/** What the report covers beyond its rows. */
export interface VariantsSummary {
  readonly cases: number;
  /** Distinct variants in the log (the rows may be fewer, after --top or --coverage). */
  readonly variants: number;
}

const ARROW = ' → ';

/** The contracted JSON: `{ "variants": [{ "activities", "count", "share", "medianThroughput" }] }`, extended. */
export function renderVariantsJson(rows: readonly VariantRow[], summary: VariantsSummary): string {
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
export function renderVariantsCsv(rows: readonly VariantRow[]): string {
  const lines = [csvLine(['rank', 'count', 'share', 'cumulative_share', 'median_throughput_s', 'length', 'activities'])];
  rows.forEach((row, i) => lines.push(csvLine([i + 1, row.count, row.share, row.cumulativeShare, row.medianThroughput, row.activities.length, row.activities.join(ARROW)])));
  return lines.join('');
}

/** A Markdown table; pipes and line breaks in labels are escaped. */
export function renderVariantsMarkdown(rows: readonly VariantRow[], summary: VariantsSummary): string {
  const lines = [
    `## Variants`,
    '',
    `${formatCount(summary.variants)} variants over ${formatCount(summary.cases)} cases; ${formatCount(rows.length)} shown.`,
    '',
    '| # | cases | share | cumulative | median throughput | activities |',
    '|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (row, i) =>
        `| ${i + 1} | ${formatCount(row.count)} | ${formatShare(row.share)} | ${formatShare(row.cumulativeShare)} | ${formatDuration(row.medianThroughput)} | ${markdownCell(row.activities.join(ARROW))} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** A ranked list for the terminal. */
export function renderVariantsText(rows: readonly VariantRow[], summary: VariantsSummary, style: Style = PLAIN): string {
  const lines = [
    style.heading(`Variants: ${formatCount(summary.variants)} over ${formatCount(summary.cases)} cases (${formatCount(rows.length)} shown)`),
  ];
  const width = Math.max(0, ...rows.map((row) => formatCount(row.count).length));
  rows.forEach((row, i) => {
    const count = formatCount(row.count).padStart(width);
    lines.push(
      `${String(i + 1).padStart(4)}. ${count} cases  ${formatShare(row.share).padStart(6)}  ${style.dim(`cum ${formatShare(row.cumulativeShare).padStart(6)}`)}  median ${formatDuration(row.medianThroughput)}  (${row.activities.length} steps)`,
    );
    lines.push(`      ${row.activities.join(ARROW)}`);
  });
  return `${lines.join('\n')}\n`;
}
