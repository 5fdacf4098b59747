// Renderers of the check report: text for people, Markdown for wikis, JSON for machines, CSV for spreadsheets.
import { csvLine } from './csv-cell.js';
import { PLAIN } from './style.js';
import { textTable } from './text-table.js';
import { markdownCell } from './markdown-cell.js';
import { formatShare } from './number-format.js';
const L = 'left';
const R = 'right';
const CASE_LIMIT = 10;
const LIST_LIMIT = 10;
function calendarText(calendar) {
    const holidays = calendar.holidays.length ? `, ${calendar.holidays.length} holidays` : '';
    return `${calendar.workHours} in ${calendar.timezone}${holidays} (a working day is ${calendar.dayLength / 3600} h)`;
}
/** The first few names, then how many more. */
function shortList(names, limit = 3) {
    return names.length <= limit ? names.join(', ') : `${names.slice(0, limit).join(', ')} (+${names.length - limit} more)`;
}
function fixed(value) {
    return value.toFixed(4);
}
/** Human-readable text; `style` adds emphasis. */
export function renderCheckText(report, style = PLAIN) {
    const lines = [style.heading(`Check: ${report.log.files.join(', ')} (${report.log.cases} cases, ${report.log.events} events)`)];
    if (report.calendar)
        lines.push(style.dim(`Working days: ${calendarText(report.calendar)}`));
    if (report.policy !== null) {
        lines.push('', style.heading(`Policy ${report.policy}: ${report.rules.length} rules, ${report.casesViolating} of ${report.log.cases} cases break at least one`));
        const rows = report.rules.map((rule) => [
            rule.violations > 0 ? style.bad(rule.id) : style.good(rule.id),
            rule.kind,
            rule.severity,
            String(rule.checked),
            String(rule.violations),
            formatShare(rule.share),
            rule.examples.join(', ') + (rule.violations > rule.examples.length ? ', …' : ''),
        ]);
        lines.push(...textTable(rows, { header: ['rule', 'kind', 'severity', 'checked', 'violations', 'share', 'example cases'], align: [L, L, L, R, R, R, L] }));
        for (const rule of report.rules)
            if (rule.description)
                lines.push(style.dim(`  ${rule.id}: ${rule.description}`));
        if (report.cases.length > 0) {
            lines.push('', style.heading('Cases breaking rules'));
            lines.push(...textTable(report.cases.slice(0, CASE_LIMIT).map((entry) => [entry.case, entry.rules.join(', ')]), { header: ['case', 'rules'], align: [L, L] }));
            if (report.cases.length > CASE_LIMIT)
                lines.push(style.dim(`  … ${report.cases.length - CASE_LIMIT} more (all of them with --format json or csv)`));
        }
    }
    const replay = report.replay;
    if (replay) {
        lines.push('', style.heading(`Model ${report.model ?? ''}: token-based replay`));
        lines.push(...textTable([
            ['log fitness', fixed(replay.logFitness)],
            ['average trace fitness', fixed(replay.averageTraceFitness)],
            ['fitting cases', `${replay.fittingTraceCount} of ${replay.cases} (${formatShare(replay.fittingTraces)})`],
            ['variants replayed', String(replay.variants)],
        ], { header: ['measure', 'value'], align: [L, L] }));
        if (replay.missingAt.length) {
            lines.push('', style.heading('Where cases did what the model did not allow (missing tokens)'));
            lines.push(...textTable(replay.missingAt.slice(0, LIST_LIMIT).map((entry) => [entry.activity, String(entry.cases), String(entry.events)]), { header: ['activity', 'cases', 'events'], align: [L, R, R] }));
        }
        if (replay.remainingAt.length) {
            lines.push('', style.heading('Where cases left out what the model expected (remaining tokens)'));
            lines.push(...textTable(replay.remainingAt.slice(0, LIST_LIMIT).map((entry) => [entry.place, String(entry.cases), String(entry.tokens), shortList(entry.activities)]), {
                header: ['place', 'cases', 'tokens', 'expected next'],
                align: [L, R, R, L],
            }));
        }
        if (replay.notInModel.length) {
            lines.push('', style.heading('Activities not in the model (skipped)'));
            lines.push(...textTable(replay.notInModel.slice(0, LIST_LIMIT).map((entry) => [entry.activity, String(entry.events)]), { header: ['activity', 'events'], align: [L, R] }));
        }
    }
    for (const warning of report.warnings)
        lines.push(style.warn(`warning: ${warning}`));
    return `${lines.join('\n')}\n`;
}
function mdTable(header, rows) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`)];
}
/** Markdown. */
export function renderCheckMarkdown(report) {
    const lines = [`# Check: ${markdownCell(report.log.files.join(', '))}`, '', `${report.log.cases} cases, ${report.log.events} events.`];
    if (report.calendar)
        lines.push('', `Working days: ${markdownCell(calendarText(report.calendar))}.`);
    if (report.policy !== null) {
        lines.push('', `## Policy ${markdownCell(report.policy)}`, '', `${report.casesViolating} of ${report.log.cases} cases break at least one rule.`, '');
        lines.push(...mdTable(['rule', 'kind', 'severity', 'checked', 'violations', 'share', 'example cases', 'description'], report.rules.map((rule) => [rule.id, rule.kind, rule.severity, String(rule.checked), String(rule.violations), formatShare(rule.share), rule.examples.join(', '), rule.description ?? ''])));
        if (report.cases.length) {
            lines.push('', '### Cases breaking rules', '', ...mdTable(['case', 'rules'], report.cases.slice(0, 50).map((entry) => [entry.case, entry.rules.join(', ')])));
            if (report.cases.length > 50)
                lines.push('', `… and ${report.cases.length - 50} more.`);
        }
    }
    const replay = report.replay;
    if (replay) {
        lines.push('', `## Model ${markdownCell(report.model ?? '')}`, '');
        lines.push(`Log fitness ${fixed(replay.logFitness)}, average trace fitness ${fixed(replay.averageTraceFitness)}, fitting cases ${replay.fittingTraceCount} of ${replay.cases} (${formatShare(replay.fittingTraces)}).`);
        if (replay.missingAt.length)
            lines.push('', '### Missing tokens', '', ...mdTable(['activity', 'cases', 'events'], replay.missingAt.map((e) => [e.activity, String(e.cases), String(e.events)])));
        if (replay.remainingAt.length)
            lines.push('', '### Remaining tokens', '', ...mdTable(['place', 'cases', 'tokens', 'expected next'], replay.remainingAt.map((e) => [e.place, String(e.cases), String(e.tokens), e.activities.join(', ')])));
    }
    if (report.warnings.length)
        lines.push('', '## Warnings', '', ...report.warnings.map((warning) => `- ${markdownCell(warning)}`));
    return `${lines.join('\n')}\n`;
}
/** JSON: the whole report, every violating case and every replayed case. */
export function renderCheckJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** CSV: one row per rule and violating case, then (with a model) one row per replayed case. */
export function renderCheckCsv(report) {
    let out = csvLine(['type', 'rule', 'kind', 'severity', 'case', 'fit', 'fitness', 'missing', 'consumed', 'remaining', 'produced']);
    const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
    for (const entry of report.cases) {
        for (const id of entry.rules) {
            const rule = rules.get(id);
            out += csvLine(['policy-violation', id, rule?.kind, rule?.severity, entry.case, null, null, null, null, null, null]);
        }
    }
    for (const entry of report.replay?.perCase ?? []) {
        out += csvLine(['replay', null, null, null, entry.case, entry.fit, entry.fitness, entry.missing, entry.consumed, entry.remaining, entry.produced]);
    }
    return out;
}
