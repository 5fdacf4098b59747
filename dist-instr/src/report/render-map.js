// Text summary and JSON of a process map (DFG or heuristics net). JSON durations are in seconds.
import { edgeMetric } from '../discovery/process-map.js';
import { formatDuration } from '../performance/duration.js';
import { metricLabel } from './map-style.js';
import { PLAIN } from './style.js';
import { textTable } from './text-table.js';
import { formatCount, formatShare } from './number-format.js';
/** The contracted JSON: `{ algorithm, activities, edges, start, end, hidden }` (extended with counts and the metric). */
export function renderMapJson(map, metric) {
    return `${JSON.stringify(mapDocument(map, metric), null, 2)}\n`;
}
/** The JSON document of a map as an object (what `map --format json` prints, and what the report embeds). */
export function mapDocument(map, metric) {
    return {
        algorithm: map.algorithm,
        metric,
        cases: map.caseCount,
        events: map.eventCount,
        activities: map.activities.map(({ name, count, cases }) => ({ name, count, cases })),
        edges: map.edges.map((edge) => ({
            from: edge.from,
            to: edge.to,
            count: edge.count,
            cases: edge.cases,
            waiting: edge.waiting && {
                mean: edge.waiting.mean,
                median: edge.waiting.median,
                p90: edge.waiting.p90,
                max: edge.waiting.max,
                total: edge.waiting.total,
            },
            ...(edge.dependency !== undefined ? { dependency: edge.dependency } : {}),
        })),
        start: map.start,
        end: map.end,
        ...(map.parallel ? { parallel: map.parallel } : {}),
        hidden: map.hidden,
    };
}
/** A readable summary: activities, start/end, edges ranked by `metric` (at most `edgeLimit`), and what was hidden. */
export function renderMapText(map, metric, style = PLAIN, edgeLimit = 40) {
    const lines = [];
    const title = map.algorithm === 'dfg' ? 'Process map (directly-follows graph)' : 'Process map (heuristics net)';
    lines.push(style.heading(title));
    lines.push(`  ${formatCount(map.caseCount)} cases, ${formatCount(map.eventCount)} events; ${map.activities.length} activities and ${map.edges.length} edges shown; edges by ${metric}`);
    const hidden = map.hidden;
    if (hidden.activities > 0 || hidden.edges > 0 || hidden.endpointArcs > 0) {
        lines.push(style.dim(`  hidden: ${hidden.activities} activities (${formatCount(hidden.events)} events, ${formatShare(hidden.eventShare)} of events), ${hidden.edges} edges, ${hidden.endpointArcs} start/end arcs`));
    }
    lines.push('', style.heading('Activities'));
    lines.push(...textTable(map.activities.map((a) => [formatCount(a.count), formatCount(a.cases), a.name]), { header: ['events', 'cases', 'activity'], align: ['right', 'right', 'left'] }));
    const endpoints = (arcs) => textTable(arcs.map((arc) => [formatCount(arc.count), arc.name]), { header: ['cases', 'activity'], align: ['right', 'left'] });
    lines.push('', style.heading('Start'), ...endpoints(map.start));
    lines.push('', style.heading('End'), ...endpoints(map.end));
    const ranked = [...map.edges].sort((a, b) => edgeMetric(b, metric) - edgeMetric(a, metric));
    const heuristics = map.algorithm === 'heuristics';
    const row = (edge) => [
        metricLabel(edgeMetric(edge, metric), metric),
        formatCount(edge.count),
        formatCount(edge.cases),
        edge.waiting ? formatDuration(edge.waiting.median) : '—',
        ...(heuristics ? [(edge.dependency ?? 0).toFixed(3)] : []),
        `${edge.from} → ${edge.to}`,
    ];
    lines.push('', style.heading(`Edges by ${metric}`));
    lines.push(...textTable(ranked.slice(0, edgeLimit).map(row), {
        header: [metric, 'count', 'cases', 'median wait', ...(heuristics ? ['dependency'] : []), 'edge'],
        align: ['right', 'right', 'right', 'right', ...(heuristics ? ['right'] : []), 'left'],
    }));
    if (ranked.length > edgeLimit)
        lines.push(style.dim(`  … ${ranked.length - edgeLimit} more (use --format json for all)`));
    if (map.parallel?.length) {
        lines.push('', style.heading('Parallel branches (AND measure)'));
        for (const entry of map.parallel) {
            const [first, second] = entry.branches;
            const where = entry.kind === 'split' ? `after ${entry.activity}` : `before ${entry.activity}`;
            lines.push(`  ${first} ∥ ${second}  ${where}  (${entry.measure.toFixed(3)})`);
        }
    }
    return `${lines.join('\n')}\n`;
}
