// Renders an audit result: text (ranked findings, a sample of cases, the what-if), Markdown, JSON (issue 5's shape,
// also as chunks for writing) and CSV (one row per finding and case).
import { formatDuration } from '../performance/duration.js';
import { csvLine } from './csv-cell.js';
import { PLAIN } from './style.js';
import { markdownCell } from './markdown-cell.js';
/** Cases listed per finding in text and Markdown (JSON and CSV list them all). */
export const CASE_SAMPLE = 5;
/** `{ tool, schemaVersion, log, findings, whatIf }`, pretty-printed. */
export function renderAuditJson(result) {
    return renderAuditJsonChunks(result).join('');
}
/** Stands for a finding's case list in the skeleton; escaped by JSON.stringify, so the text to split on is known. */
const CASES_MARK = '\u0000cases\u0000';
/** A case list at its depth in the document: elements indented 8 spaces, the closing bracket 6. */
const CASE_INDENT = '        ';
/** `ids` as renderAuditJson prints a finding's `cases` (JSON.stringify escapes them, 2 spaces per level). O(ids). */
function caseListJson(ids) {
    if (ids.length === 0)
        return '[]';
    const text = JSON.stringify(ids, null, CASE_INDENT);
    return `${text.slice(0, -1)}      ]`;
}
function sameIds(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * {@link renderAuditJson}'s text as chunks, joined it is that text byte for byte: the document with each finding's
 * case list left out, cut where the lists go, and each list on its own (a list equal to the last one of its length is
 * the same chunk, rendered once: findings about the same cases, e.g. two rubber stamps every case passes, are common). The lists (most of the bytes: every affected case id) are then strings of plain
 * characters even when messages are not (“…”, Persian), so writing them skips the slow path of encoding one 25 MB
 * string of wide characters. O(total case ids).
 */
export function renderAuditJsonChunks(result) {
    const findings = result.findings.map((finding) => ({ ...finding, cases: CASES_MARK }));
    const text = `${JSON.stringify({ tool: 'redtape', schemaVersion: 1, log: result.log, findings, whatIf: result.whatIf }, null, 2)}\n`;
    const parts = text.split(JSON.stringify(CASES_MARK));
    // A field holding the mark itself would cut the text elsewhere: then the document is rendered whole.
    if (parts.length !== result.findings.length + 1) {
        return [`${JSON.stringify({ tool: 'redtape', schemaVersion: 1, log: result.log, findings: result.findings, whatIf: result.whatIf }, null, 2)}\n`];
    }
    // The last list rendered of each length: a list is compared with that one only, so the comparisons cost O(case ids).
    const lastOfLength = new Map();
    const chunks = [parts[0]];
    result.findings.forEach((finding, f) => {
        let known = lastOfLength.get(finding.cases.length);
        if (!known || !sameIds(known.ids, finding.cases))
            lastOfLength.set(finding.cases.length, (known = { ids: finding.cases, json: caseListJson(finding.cases) }));
        chunks.push(known.json, parts[f + 1]);
    });
    return chunks;
}
/** One row per finding and affected case (a finding without cases gets one row with an empty case). */
export function renderAuditCsv(result) {
    let out = csvLine(['finding_id', 'type', 'severity', 'activity', 'related_activities', 'case_id', 'message']);
    for (const f of result.findings) {
        const cells = [f.id, f.type, f.severity, f.activities[0] ?? '', f.activities.slice(1).join('; ')];
        if (f.cases.length === 0)
            out += csvLine([...cells, '', f.message]);
        for (const c of f.cases)
            out += csvLine([...cells, c, f.message]);
    }
    return out;
}
const DURATION_METRIC = /(waiting|saving|timeLost)/i;
function metricText(name, value, dayLength) {
    if (DURATION_METRIC.test(name) && !/share/i.test(name))
        return `${name} ${formatDuration(value, dayLength)}`;
    if (Number.isInteger(value))
        return `${name} ${value}`;
    return `${name} ${value < 0.01 ? value.toExponential(2) : value.toFixed(3)}`;
}
function sample(cases) {
    const shown = cases.slice(0, CASE_SAMPLE).join(', ');
    return cases.length > CASE_SAMPLE ? `${shown}, … (${cases.length} in all)` : shown;
}
function scenarioLine(s, dayLength) {
    return `median ${formatDuration(s.after.median, dayLength)}, p90 ${formatDuration(s.after.p90, dayLength)} (${s.cases} cases shorter, median saving ${formatDuration(s.savedMedian, dayLength)})`;
}
/** The text report: summary, findings ranked by severity then impact, what-if. */
export function renderAuditText(result, style = PLAIN) {
    const { log, findings, whatIf } = result;
    const day = log.dayLength;
    const lines = [];
    lines.push(style.heading(`redtape audit: ${log.files.join(', ')}`));
    lines.push(`${log.events} events, ${log.cases} cases, ${log.signatures} signatures over ${log.signingSteps.length} signing steps; durations in ${log.time}`);
    for (const warning of log.warnings)
        lines.push(style.warn(`warning: ${warning}`));
    lines.push('');
    lines.push(style.heading(`Findings (${findings.length})`));
    if (findings.length === 0)
        lines.push('  none');
    const mark = (f) => {
        const label = `[${f.severity.toUpperCase()}]`;
        return f.severity === 'high' ? style.bad(label) : f.severity === 'medium' ? style.warn(label) : style.dim(label);
    };
    findings.forEach((f, i) => {
        lines.push(`${String(i + 1).padStart(3)}. ${mark(f)} ${f.type}: ${f.message}`);
        lines.push(style.dim(`       ${Object.entries(f.metrics).map(([name, value]) => metricText(name, value, day)).join(', ')}`));
        if (f.cases.length > 0)
            lines.push(style.dim(`       cases: ${sample(f.cases)}`));
    });
    lines.push('');
    lines.push(style.heading('What if (estimate)'));
    lines.push(`  now: median ${formatDuration(whatIf.before.median, day)}, p90 ${formatDuration(whatIf.before.p90, day)}`);
    for (const s of whatIf.perFinding)
        lines.push(`  without ${s.findings[0]}: ${scenarioLine(s, day)}`);
    if (whatIf.allRedundant)
        lines.push(style.good(`  all redundant signatures removed: ${scenarioLine(whatIf.allRedundant, day)}`));
    lines.push(style.dim(`  ${whatIf.method}`));
    return `${lines.join('\n')}\n`;
}
/** The Markdown report: a findings table, details with sampled cases, the what-if table. */
export function renderAuditMarkdown(result) {
    const { log, findings, whatIf } = result;
    const day = log.dayLength;
    const out = [`# redtape audit`, '', `${log.events} events, ${log.cases} cases, ${log.signatures} signatures over ${log.signingSteps.length} signing steps; durations in ${log.time}.`, ''];
    for (const warning of log.warnings)
        out.push(`> warning: ${warning}`, '');
    out.push('## Findings', '');
    if (findings.length === 0)
        out.push('No findings.', '');
    else {
        out.push('| # | severity | type | finding | cases |', '| ---: | --- | --- | --- | ---: |');
        findings.forEach((f, i) => out.push(`| ${i + 1} | ${f.severity} | ${f.type} | ${markdownCell(f.message)} | ${f.cases.length} |`));
        out.push('');
        findings.forEach((f, i) => {
            out.push(`### ${i + 1}. ${markdownCell(f.id)}`, '', f.message, '');
            out.push(`- metrics: ${Object.entries(f.metrics).map(([name, value]) => metricText(name, value, day)).join(', ')}`);
            if (f.cases.length > 0)
                out.push(`- cases: ${markdownCell(sample(f.cases))}`);
            out.push('');
        });
    }
    out.push('## What if (estimate)', '', '| scenario | median | p90 | cases shorter |', '| --- | ---: | ---: | ---: |');
    out.push(`| now | ${formatDuration(whatIf.before.median, day)} | ${formatDuration(whatIf.before.p90, day)} | |`);
    const row = (name, s) => `| ${markdownCell(name)} | ${formatDuration(s.after.median, day)} | ${formatDuration(s.after.p90, day)} | ${s.cases} |`;
    for (const s of whatIf.perFinding)
        out.push(row(`without ${s.findings[0] ?? ''}`, s));
    if (whatIf.allRedundant)
        out.push(row('all redundant signatures removed', whatIf.allRedundant));
    out.push('', whatIf.method, '');
    return out.join('\n');
}
