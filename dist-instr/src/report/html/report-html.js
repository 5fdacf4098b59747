// Turns the report model into the HTML report's input: picks the chart series and attaches the map picture.
import { formatDuration } from '../../performance/duration.js';
import { renderHtmlReport } from './render-html-report.js';
/** The audit's what-if as table rows: all redundant signatures together, then each finding. */
export function whatIfRows(whatIf, findings) {
    const label = (ids) => ids.map((id) => {
        const finding = findings.find((each) => each.id === id);
        return finding ? `${finding.type}: ${finding.activities.join(' · ')}` : id;
    }).join('; ');
    const scenarios = [...(whatIf.allRedundant ? [{ scenario: 'all redundant signatures', data: whatIf.allRedundant }] : []), ...whatIf.perFinding.map((data) => ({ scenario: label(data.findings), data }))];
    return {
        method: whatIf.method,
        rows: scenarios.map(({ scenario, data }) => ({
            scenario,
            medianBefore: whatIf.before.median,
            medianAfter: data.after.median,
            p90Before: whatIf.before.p90,
            p90After: data.after.p90,
        })),
    };
}
/** Strips the XML prolog and DOCTYPE Graphviz writes, so the SVG can sit inline in HTML. */
export function inlineSvg(svg) {
    return svg.replace(/^\s*<\?xml[^>]*>\s*/u, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/u, '').replace(/^\s*<!--[\s\S]*?-->\s*/u, '');
}
/** The HTML report of a model. `svg` is the map laid out by Graphviz (from escaped labels). Pure. */
export function reportHtml(model, pictures, findings, whatIf, svg, l) {
    const dayLength = model.bottlenecks.calendar.dayLengthSeconds;
    const wip = model.bottlenecks.wip.series;
    return renderHtmlReport({
        generatedAt: model.generatedAt,
        log: model.log,
        map: { svg: inlineSvg(svg), view: model.map.view, simplification: model.map.simplification },
        findings,
        whatIf,
        charts: {
            throughputSeconds: pictures.throughputSeconds,
            dayLength,
            waitingPerStep: model.bottlenecks.activities.map((row) => ({ name: row.name, total: row.waiting.total })),
            wip: wip.length
                ? {
                    times: wip.map((period) => Date.parse(period.start)),
                    open: wip.map((period) => period.open),
                    arrivals: wip.map((period) => period.arrivals),
                    completions: wip.map((period) => period.completions),
                }
                : null,
            sample: pictures.sample,
            activityNames: pictures.activityNames,
        },
        variants: { rows: model.variants.rows, total: model.variants.total },
        formatDuration: (seconds) => formatDuration(seconds, dayLength),
    }, l);
}
