// Renders `redtape compare`: JSON (the Comparison model) and the ranked text report, durations in human units.
import { THROUGHPUT_KEYS } from '../compare/comparison.js';
import { formatDuration } from '../performance/duration.js';
import { durationChange, metricChange, percent, period, pValue, rankMove, relative, sequence, shareChange, shiftSentence, signedDuration } from './comparison-format.js';
import { PLAIN } from './style.js';
/** The model, pretty-printed (`{ tool, schemaVersion, kind: "comparison", old, new, … }`). */
export function renderComparisonJson(comparison) {
    return `${JSON.stringify(comparison, null, 2)}\n`;
}
/** `fixtures/a.csv: 240 cases, 2,610 events, 2023-10-02 → 2023-11-20`. */
export function sideLine(side) {
    return `${side.files.join(', ')}: ${side.cases} cases, ${side.events} events, ${period(side.timeRange)}`;
}
/** What the durations are: elapsed time, or working time with the calendar's day. */
export function timeLine(comparison) {
    const { calendar } = comparison;
    if (!calendar.workingTime)
        return 'durations in elapsed time';
    return `durations in working time (${calendar.workHours}${calendar.holidays ? ` + ${calendar.holidays} holidays` : ''}, ${calendar.timezone}; a day is ${formatDuration(calendar.dayLengthSeconds)})`;
}
function pad(text, width) {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
function throughputLines(comparison) {
    const day = comparison.calendar.dayLengthSeconds;
    const { throughput } = comparison;
    const lines = [`  ${pad('', 8)}${pad('old', 12)}${pad('new', 12)}change`];
    for (const key of THROUGHPUT_KEYS) {
        const show = (value) => (key === 'count' ? String(value) : formatDuration(value, day));
        const { absolute, relative: rel } = throughput.change[key];
        const moved = key === 'count' ? `${absolute > 0 ? '+' : ''}${absolute}` : signedDuration(absolute, day);
        lines.push(`  ${pad(key === 'count' ? 'cases' : key, 8)}${pad(show(throughput.old[key]), 12)}${pad(show(throughput.new[key]), 12)}${moved} (${relative(rel)})`);
    }
    lines.push(`  ${shiftSentence(throughput.test, 'case')}`);
    return lines;
}
function bottleneckLines(comparison, style) {
    const day = comparison.calendar.dayLengthSeconds;
    const { bottlenecks } = comparison;
    const lines = [`  all waiting: ${durationChange(bottlenecks.totalWaiting, day)}`];
    for (const step of bottlenecks.steps) {
        const move = rankMove(step.rankChange);
        const mark = step.rankChange > 0 ? style.bad(move) : step.rankChange < 0 ? style.good(move) : style.dim(move);
        lines.push(`  ${String(step.new.rank).padStart(3)}. ${mark} ${step.name} (was ${step.old.rank})`);
        const test = step.waitingTest ? `, ${pValue(step.waitingTest)}` : '';
        lines.push(style.dim(`       median waiting ${durationChange(step.waitingMedian, day)}${test}; total ${durationChange(step.waitingTotal, day)}; share of waiting ${shareChange(step.shareOfWaiting)}`));
    }
    if (bottlenecks.moreSteps > 0)
        lines.push(style.dim(`       … ${bottlenecks.moreSteps} more steps in both periods`));
    for (const step of bottlenecks.appearing)
        lines.push(`  appeared: ${step.name} (rank ${step.new.rank}, median waiting ${formatDuration(step.new.waitingMedian, day)}, ${percent(step.new.shareOfWaiting)} of waiting)`);
    if (bottlenecks.moreAppearing > 0)
        lines.push(style.dim(`  … ${bottlenecks.moreAppearing} more steps appeared`));
    for (const step of bottlenecks.vanishing)
        lines.push(`  vanished: ${step.name} (was rank ${step.old.rank}, median waiting ${formatDuration(step.old.waitingMedian, day)}, ${percent(step.old.shareOfWaiting)} of waiting)`);
    if (bottlenecks.moreVanishing > 0)
        lines.push(style.dim(`  … ${bottlenecks.moreVanishing} more steps vanished`));
    return lines;
}
function findingLines(comparison, style) {
    const day = comparison.calendar.dayLengthSeconds;
    const { findings } = comparison;
    const label = (severity) => {
        const text = `[${severity.toUpperCase()}]`;
        return severity === 'high' ? style.bad(text) : severity === 'medium' ? style.warn(text) : style.dim(text);
    };
    const lines = [];
    lines.push(`  New (${findings.counts.new}):${findings.counts.new === 0 ? ' none' : ''}`);
    for (const f of findings.new)
        lines.push(`    ${label(f.severity)} ${f.type}: ${f.message}`);
    if (findings.moreNew > 0)
        lines.push(style.dim(`    … ${findings.moreNew} more`));
    lines.push(`  Resolved (${findings.counts.resolved}):${findings.counts.resolved === 0 ? ' none' : ''}`);
    for (const f of findings.resolved)
        lines.push(`    ${style.good(`[${f.severity.toUpperCase()}]`)} ${f.type}: ${f.message}`);
    if (findings.moreResolved > 0)
        lines.push(style.dim(`    … ${findings.moreResolved} more`));
    lines.push(`  Persisting (${findings.counts.persisting}; ${findings.counts.raised} raised, ${findings.counts.lowered} lowered):${findings.counts.persisting === 0 ? ' none' : ''}`);
    for (const f of findings.persisting) {
        const severity = f.severity.change === 'unchanged' ? label(f.severity.new) : `${label(f.severity.old)}→${label(f.severity.new)}`;
        lines.push(`    ${severity} ${f.key}: cases ${f.cases.old} → ${f.cases.new}`);
        lines.push(style.dim(`        ${Object.entries(f.metrics).filter(([name]) => name !== 'cases').map(([name, change]) => metricChange(name, change, day)).join(', ')}`));
    }
    if (findings.morePersisting > 0)
        lines.push(style.dim(`    … ${findings.morePersisting} more`));
    return lines;
}
function variantLines(comparison, style) {
    const { variants } = comparison;
    const lines = [];
    lines.push(`  Appeared (${variants.counts.appearing}, ${percent(variants.appearingShare)} of new cases):${variants.counts.appearing === 0 ? ' none' : ''}`);
    for (const v of variants.appearing)
        lines.push(`    ${String(v.count).padStart(5)} ${pad(percent(v.share), 7)}${sequence(v.activities)}`);
    if (variants.moreAppearing > 0)
        lines.push(style.dim(`    … ${variants.moreAppearing} more`));
    lines.push(`  Vanished (${variants.counts.vanishing}, ${percent(variants.vanishingShare)} of old cases):${variants.counts.vanishing === 0 ? ' none' : ''}`);
    for (const v of variants.vanishing)
        lines.push(`    ${String(v.count).padStart(5)} ${pad(percent(v.share), 7)}${sequence(v.activities)}`);
    if (variants.moreVanishing > 0)
        lines.push(style.dim(`    … ${variants.moreVanishing} more`));
    lines.push(`  Persisting (${variants.counts.persisting}), share old → new:${variants.counts.persisting === 0 ? ' none' : ''}`);
    for (const v of variants.persisting)
        lines.push(`    ${pad(shareChange(v.share), 32)}${sequence(v.activities)}`);
    if (variants.morePersisting > 0)
        lines.push(style.dim(`    … ${variants.morePersisting} more`));
    return lines;
}
/** The text report: the two periods, throughput, bottleneck ranks, findings new/resolved/persisting, variants. */
export function renderComparisonText(comparison, style = PLAIN) {
    const { findings, variants } = comparison;
    const lines = [];
    lines.push(style.heading('redtape compare'));
    lines.push(`  old  ${sideLine(comparison.old)}`);
    lines.push(`  new  ${sideLine(comparison.new)}`);
    lines.push(`  ${timeLine(comparison)}`);
    for (const warning of comparison.warnings)
        lines.push(style.warn(`  warning: ${warning}`));
    lines.push('', style.heading('Throughput per case'), ...throughputLines(comparison));
    lines.push('', style.heading('Bottlenecks: steps by total waiting in new (rank move since old)'), ...bottleneckLines(comparison, style));
    lines.push('', style.heading(`Findings: ${findings.total.old} → ${findings.total.new}`), ...findingLines(comparison, style));
    lines.push('', style.heading(`Variants: ${variants.old.variants} → ${variants.new.variants}`), ...variantLines(comparison, style));
    return `${lines.join('\n')}\n`;
}
