// The comparison as Markdown, for wikis and merge requests: the same sections as the text report, as tables.
import { THROUGHPUT_KEYS } from '../compare/comparison.js';
import { formatDuration } from '../performance/duration.js';
import { durationChange, metricChange, percent, pValue, rankMove, relative, sequence, shareChange, shiftSentence, signedDuration } from './comparison-format.js';
import { markdownCell as cell } from './markdown-cell.js';
import { sideLine, timeLine } from './render-comparison.js';
function andMore(count, what) {
    return count > 0 ? [`… and ${count} more ${what}.`, ''] : [];
}
/** The Markdown report. */
export function renderComparisonMarkdown(comparison) {
    const day = comparison.calendar.dayLengthSeconds;
    const { throughput, bottlenecks, findings, variants } = comparison;
    const out = ['# redtape compare', '', `- old: ${cell(sideLine(comparison.old))}`, `- new: ${cell(sideLine(comparison.new))}`, `- ${timeLine(comparison)}`, ''];
    for (const warning of comparison.warnings)
        out.push(`> warning: ${cell(warning)}`, '');
    out.push('## Throughput per case', '', '| | old | new | change |', '| --- | ---: | ---: | ---: |');
    for (const key of THROUGHPUT_KEYS) {
        const show = (value) => (key === 'count' ? String(value) : formatDuration(value, day));
        const { absolute, relative: rel } = throughput.change[key];
        const moved = key === 'count' ? `${absolute > 0 ? '+' : ''}${absolute}` : signedDuration(absolute, day);
        out.push(`| ${key === 'count' ? 'cases' : key} | ${show(throughput.old[key])} | ${show(throughput.new[key])} | ${moved} (${relative(rel)}) |`);
    }
    out.push('', `${shiftSentence(throughput.test, 'case')}.`, '');
    out.push('## Bottlenecks', '', `All waiting: ${durationChange(bottlenecks.totalWaiting, day)}.`, '');
    if (bottlenecks.steps.length > 0) {
        out.push('| rank | move | step | median waiting | shift test | total waiting | share of waiting |', '| ---: | --- | --- | --- | --- | --- | --- |');
        for (const s of bottlenecks.steps) {
            out.push(`| ${s.new.rank} | ${rankMove(s.rankChange)} (was ${s.old.rank}) | ${cell(s.name)} | ${durationChange(s.waitingMedian, day)} | ${pValue(s.waitingTest)} | ${durationChange(s.waitingTotal, day)} | ${shareChange(s.shareOfWaiting)} |`);
        }
        out.push('', ...andMore(bottlenecks.moreSteps, 'steps in both periods'));
    }
    for (const s of bottlenecks.appearing)
        out.push(`- appeared: ${cell(s.name)} (rank ${s.new.rank}, median waiting ${formatDuration(s.new.waitingMedian, day)})`);
    for (const s of bottlenecks.vanishing)
        out.push(`- vanished: ${cell(s.name)} (was rank ${s.old.rank}, median waiting ${formatDuration(s.old.waitingMedian, day)})`);
    if (bottlenecks.appearing.length + bottlenecks.vanishing.length > 0)
        out.push('');
    out.push('## Findings', '', `${findings.total.old} → ${findings.total.new} findings: ${findings.counts.new} new, ${findings.counts.resolved} resolved, ${findings.counts.persisting} persisting (${findings.counts.raised} raised, ${findings.counts.lowered} lowered).`, '');
    const summaryTable = (title, rows, extra) => {
        out.push(`### ${title}`, '');
        if (rows.length === 0) {
            out.push('None.', '');
            return;
        }
        out.push('| severity | type | finding | cases |', '| --- | --- | --- | ---: |');
        for (const f of rows)
            out.push(`| ${f.severity} | ${f.type} | ${cell(f.message)} | ${f.cases} |`);
        out.push('', ...andMore(extra, 'findings'));
    };
    summaryTable('New', findings.new, findings.moreNew);
    summaryTable('Resolved', findings.resolved, findings.moreResolved);
    out.push('### Persisting', '');
    if (findings.persisting.length === 0)
        out.push('None.', '');
    else {
        out.push('| severity | finding | cases | metrics |', '| --- | --- | --- | --- |');
        for (const f of findings.persisting) {
            const severity = f.severity.change === 'unchanged' ? f.severity.new : `${f.severity.old} → ${f.severity.new}`;
            const metrics = Object.entries(f.metrics).filter(([name]) => name !== 'cases').map(([name, change]) => metricChange(name, change, day)).join(', ');
            out.push(`| ${severity} | ${cell(f.key)} | ${f.cases.old} → ${f.cases.new} | ${cell(metrics)} |`);
        }
        out.push('', ...andMore(findings.morePersisting, 'findings'));
    }
    out.push('## Variants', '', `${variants.old.variants} → ${variants.new.variants} variants; ${variants.counts.appearing} appeared (${percent(variants.appearingShare)} of new cases), ${variants.counts.vanishing} vanished (${percent(variants.vanishingShare)} of old cases), ${variants.counts.persisting} in both.`, '');
    const variantTable = (title, rows, extra) => {
        out.push(`### ${title}`, '');
        if (rows.length === 0) {
            out.push('None.', '');
            return;
        }
        out.push('| cases | share | variant |', '| ---: | ---: | --- |');
        for (const v of rows)
            out.push(`| ${v.count} | ${percent(v.share)} | ${cell(sequence(v.activities))} |`);
        out.push('', ...andMore(extra, 'variants'));
    };
    variantTable('Appeared', variants.appearing, variants.moreAppearing);
    variantTable('Vanished', variants.vanishing, variants.moreVanishing);
    out.push('### Persisting', '');
    if (variants.persisting.length === 0)
        out.push('None.', '');
    else {
        out.push('| share old → new | variant |', '| --- | --- |');
        for (const v of variants.persisting)
            out.push(`| ${shareChange(v.share)} | ${cell(sequence(v.activities))} |`);
        out.push('', ...andMore(variants.morePersisting, 'variants'));
    }
    return out.join('\n');
}
