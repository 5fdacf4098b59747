// The algorithms `redtape map --algorithm` can run, each with the output formats it supports. The extension point
// for new miners: add an entry here (and its flags in commands/map.ts); the command picks the entry by name.
import { discoverDfg } from '../discovery/discover-dfg.js';
import { discoverHeuristics } from '../discovery/discover-heuristics.js';
import { discoverInductive } from '../discovery/discover-inductive.js';
import { dfgMap, heuristicsMap } from '../discovery/process-map.js';
import { UserError } from '../errors.js';
import { renderMapJson, renderMapText } from '../report/render-map.js';
import { renderMapDot } from '../report/render-map-dot.js';
import { renderMapMermaid } from '../report/render-map-mermaid.js';
import { renderMapSvg } from '../report/render-map-svg.js';
import { INDUCTIVE_FORMATS, renderInductive } from '../report/render-inductive.js';
const GRAPH_FORMATS = ['text', 'dot', 'svg', 'mermaid', 'json'];
async function renderProcessMap(map, settings, format) {
    switch (format) {
        case 'json':
            return renderMapJson(map, settings.metric);
        case 'dot':
            return renderMapDot(map, settings.metric);
        case 'mermaid':
            return renderMapMermaid(map, settings.metric);
        case 'svg':
            assertLayoutSize(map);
            return renderMapSvg(map, settings.metric);
        default:
            return renderMapText(map, settings.metric, settings.style);
    }
}
/**
 * Graphviz's layout grows much faster than linearly: BPIC 2015's 398 activities and 834 edges did not finish in
 * 5 minutes. Above these sizes `--format svg` asks for simplification instead of hanging.
 */
export const SVG_LIMITS = Object.freeze({ activities: 150, edges: 500 });
function assertLayoutSize(map) {
    if (map.activities.length <= SVG_LIMITS.activities && map.edges.length <= SVG_LIMITS.edges)
        return;
    throw new UserError(`the map has ${map.activities.length} activities and ${map.edges.length} edges; an SVG layout is limited to ${SVG_LIMITS.activities} activities and ${SVG_LIMITS.edges} edges ` +
        '(Graphviz would take minutes): simplify with --activities PCT and --paths PCT, or use --format dot or json');
}
/** The algorithms by name; the first is the default. */
export const MAP_ALGORITHMS = {
    dfg: {
        formats: GRAPH_FORMATS,
        render: (log, settings, format) => renderProcessMap(dfgMap(discoverDfg(log), settings.simplify), settings, format),
    },
    heuristics: {
        formats: GRAPH_FORMATS,
        render: (log, settings, format) => renderProcessMap(heuristicsMap(discoverHeuristics(log, settings.heuristics), settings.simplify), settings, format),
    },
    inductive: {
        formats: INDUCTIVE_FORMATS,
        render: (log, settings, format) => renderInductive(discoverInductive(log, { noise: settings.noise }), format, settings.style),
    },
};
