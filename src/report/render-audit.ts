// Renders an audit result: text (ranked findings, a sample of cases, the what-if), Markdown and CSV (one row per
// finding and case). The JSON is written in pieces by write-audit-json.ts.

import type { AuditResult } from '../audit/audit-log.js';
import type { Finding } from '../audit/finding.js';
import type { WhatIfScenario } from '../audit/what-if.js';
import { formatDuration } from '../performance/duration.js';
import { csvCell, csvLine } from './csv-cell.js';
import { PLAIN, type Style } from './style.js';
import { markdownCell } from './markdown-cell.js';

/** Cases listed per finding in text and Markdown (JSON and CSV list them all). */
export const CASE_SAMPLE = 5;

/** Bytes of CSV gathered before a piece is handed on. */
const CSV_PIECE = 1 << 16;

/** `text` (a cell of plain ASCII, as case ids usually are) into `out` at `at`; the new end, or -1 if it is not ASCII. */
function writeAscii(text: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return -1;
    out[at + i] = code;
  }
  return at + text.length;
}

/**
 * The findings as CSV (UTF-8), one row per finding and affected case (a finding without cases gets one row with an
 * empty case), handed to `sink` in pieces of about 64 KB, each valid only during the call (the same memory serves
 * the next): with every case of a 2.5M-event log the CSV runs to hundreds of MB. A finding's cells are escaped and
 * encoded once, and each row copies them around its case id: encoding the text row by row (the messages hold curly
 * quotes, so V8 keeps them as two-byte strings) took 3.4 s of the 314 MB on the benchmark log. O(rows).
 */
export function writeAuditCsv(result: AuditResult, sink: (piece: Uint8Array) => void): void {
  let out = Buffer.allocUnsafe(CSV_PIECE);
  let used = out.write(csvLine(['finding_id', 'type', 'severity', 'activity', 'related_activities', 'case_id', 'message']));
  const row = (head: Buffer, cell: string, tail: Buffer): void => {
    // At most 3 bytes per UTF-16 unit: the bound decides without measuring the cell.
    const bound = head.length + 3 * cell.length + tail.length;
    if (used + bound > out.length) {
      sink(out.subarray(0, used));
      used = 0;
      if (bound > out.length) out = Buffer.allocUnsafe(bound);
    }
    used += head.copy(out, used);
    const end = writeAscii(cell, out, used);
    used = end >= 0 ? end : used + out.write(cell, used);
    used += tail.copy(out, used);
  };
  for (const f of result.findings) {
    const head = Buffer.from(`${[f.id, f.type, f.severity, f.activities[0] ?? '', f.activities.slice(1).join('; ')].map(csvCell).join(',')},`);
    const tail = Buffer.from(`,${csvCell(f.message)}\n`);
    if (f.cases.length === 0) row(head, '', tail);
    for (const c of f.cases) row(head, csvCell(c), tail);
  }
  sink(out.subarray(0, used));
}

/** {@link writeAuditCsv} as one string (small logs, tests). */
export function renderAuditCsv(result: AuditResult): string {
  const pieces: Buffer[] = [];
  writeAuditCsv(result, (piece) => pieces.push(Buffer.from(piece)));
  return Buffer.concat(pieces).toString('utf8');
}

const DURATION_METRIC = /(waiting|saving|timeLost)/i;

function metricText(name: string, value: number, dayLength: number): string {
  if (DURATION_METRIC.test(name) && !/share/i.test(name)) return `${name} ${formatDuration(value, dayLength)}`;
  if (Number.isInteger(value)) return `${name} ${value}`;
  return `${name} ${value < 0.01 ? value.toExponential(2) : value.toFixed(3)}`;
}

function sample(cases: readonly string[]): string {
  const shown = cases.slice(0, CASE_SAMPLE).join(', ');
  return cases.length > CASE_SAMPLE ? `${shown}, … (${cases.length} in all)` : shown;
}

function scenarioLine(s: WhatIfScenario, dayLength: number): string {
  return `median ${formatDuration(s.after.median, dayLength)}, p90 ${formatDuration(s.after.p90, dayLength)} (${s.cases} cases shorter, median saving ${formatDuration(s.savedMedian, dayLength)})`;
}

/** The text report: summary, findings ranked by severity then impact, what-if. */
export function renderAuditText(result: AuditResult, style: Style = PLAIN): string {
  const { log, findings, whatIf } = result;
  const day = log.dayLength;
  const lines: string[] = [];
  lines.push(style.heading(`redtape audit: ${log.files.join(', ')}`));
  lines.push(`${log.events} events, ${log.cases} cases, ${log.signatures} signatures over ${log.signingSteps.length} signing steps; durations in ${log.time}`);
  for (const warning of log.warnings) lines.push(style.warn(`warning: ${warning}`));
  lines.push('');
  lines.push(style.heading(`Findings (${findings.length})`));
  if (findings.length === 0) lines.push('  none');
  const mark = (f: Finding): string => {
    const label = `[${f.severity.toUpperCase()}]`;
    return f.severity === 'high' ? style.bad(label) : f.severity === 'medium' ? style.warn(label) : style.dim(label);
  };
  findings.forEach((f, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${mark(f)} ${f.type}: ${f.message}`);
    lines.push(style.dim(`       ${Object.entries(f.metrics).map(([name, value]) => metricText(name, value, day)).join(', ')}`));
    if (f.cases.length > 0) lines.push(style.dim(`       cases: ${sample(f.cases)}`));
  });
  lines.push('');
  lines.push(style.heading('What if (estimate)'));
  lines.push(`  now: median ${formatDuration(whatIf.before.median, day)}, p90 ${formatDuration(whatIf.before.p90, day)}`);
  for (const s of whatIf.perFinding) lines.push(`  without ${s.findings[0]}: ${scenarioLine(s, day)}`);
  if (whatIf.allRedundant) lines.push(style.good(`  all redundant signatures removed: ${scenarioLine(whatIf.allRedundant, day)}`));
  lines.push(style.dim(`  ${whatIf.method}`));
  return `${lines.join('\n')}\n`;
}


/** The Markdown report: a findings table, details with sampled cases, the what-if table. */
export function renderAuditMarkdown(result: AuditResult): string {
  const { log, findings, whatIf } = result;
  const day = log.dayLength;
  const out: string[] = [`# redtape audit`, '', `${log.events} events, ${log.cases} cases, ${log.signatures} signatures over ${log.signingSteps.length} signing steps; durations in ${log.time}.`, ''];
  for (const warning of log.warnings) out.push(`> warning: ${warning}`, '');
  out.push('## Findings', '');
  if (findings.length === 0) out.push('No findings.', '');
  else {
    out.push('| # | severity | type | finding | cases |', '| ---: | --- | --- | --- | ---: |');
    findings.forEach((f, i) => out.push(`| ${i + 1} | ${f.severity} | ${f.type} | ${markdownCell(f.message)} | ${f.cases.length} |`));
    out.push('');
    findings.forEach((f, i) => {
      out.push(`### ${i + 1}. ${markdownCell(f.id)}`, '', f.message, '');
      out.push(`- metrics: ${Object.entries(f.metrics).map(([name, value]) => metricText(name, value, day)).join(', ')}`);
      if (f.cases.length > 0) out.push(`- cases: ${markdownCell(sample(f.cases))}`);
      out.push('');
    });
  }
  out.push('## What if (estimate)', '', '| scenario | median | p90 | cases shorter |', '| --- | ---: | ---: | ---: |');
  out.push(`| now | ${formatDuration(whatIf.before.median, day)} | ${formatDuration(whatIf.before.p90, day)} | |`);
  const row = (name: string, s: WhatIfScenario): string => `| ${markdownCell(name)} | ${formatDuration(s.after.median, day)} | ${formatDuration(s.after.p90, day)} | ${s.cases} |`;
  for (const s of whatIf.perFinding) out.push(row(`without ${s.findings[0] ?? ''}`, s));
  if (whatIf.allRedundant) out.push(row('all redundant signatures removed', whatIf.allRedundant));
  out.push('', whatIf.method, '');
  return out.join('\n');
}
