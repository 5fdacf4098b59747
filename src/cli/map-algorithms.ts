// The algorithms `redtape map --algorithm` can run, each with the output formats it supports. The extension point
// for new miners: add an entry here (and its flags in commands/map.ts); the command picks the entry by name.

import { discoverDfg } from '../discovery/discover-dfg.js';
import { discoverHeuristics, type HeuristicsOptions } from '../discovery/discover-heuristics.js';
import { discoverInductive } from '../discovery/discover-inductive.js';
import type { MapMetric, ProcessMap } from '../discovery/process-map.js';
import { dfgMap, heuristicsMap } from '../discovery/process-map.js';
import type { SimplifyOptions } from '../discovery/simplify-dfg.js';
import { UserError } from '../errors.js';
import type { EventLog } from '../log/event-log.js';
import { renderMapJson, renderMapText } from '../report/render-map.js';
import { renderMapDot } from '../report/render-map-dot.js';
import { renderMapMermaid } from '../report/render-map-mermaid.js';
import { renderMapSvg } from '../report/render-map-svg.js';
import { INDUCTIVE_FORMATS, renderInductive, type InductiveFormat } from '../report/render-inductive.js';
import type { Style } from '../report/style.js';

/** Everything an algorithm may need from the command line, already parsed and checked. */
export interface MapSettings {
  readonly metric: MapMetric;
  readonly simplify: SimplifyOptions;
  readonly heuristics: HeuristicsOptions;
  /** Inductive miner: IMf noise threshold (0 = IM). */
  readonly noise: number;
  /** Emphasis for text output (plain for files and pipes). */
  readonly style: Style;
}

/** One `--algorithm` value: the formats it writes, and how it turns a log into one of them. */
export interface MapAlgorithm {
  readonly formats: readonly string[];
  render(log: EventLog, settings: MapSettings, format: string): Promise<string | Uint8Array>;
}

const GRAPH_FORMATS = ['text', 'dot', 'svg', 'mermaid', 'json'] as const;

async function renderProcessMap(map: ProcessMap, settings: MapSettings, format: string): Promise<string> {
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

function assertLayoutSize(map: ProcessMap): void {
  if (map.activities.length <= SVG_LIMITS.activities && map.edges.length <= SVG_LIMITS.edges) return;
  throw new UserError(
    `the map has ${map.activities.length} activities and ${map.edges.length} edges; an SVG layout is limited to ${SVG_LIMITS.activities} activities and ${SVG_LIMITS.edges} edges ` +
      '(Graphviz would take minutes): simplify with --activities PCT and --paths PCT, or use --format dot or json',
  );
}

/** The algorithms by name; the first is the default. */
export const MAP_ALGORITHMS: Readonly<Record<string, MapAlgorithm>> = {
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
    render: (log, settings, format) => renderInductive(discoverInductive(log, { noise: settings.noise }), format as InductiveFormat, settings.style),
  },
};
