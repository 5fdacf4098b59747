// The algorithms `redtape map --algorithm` can run, each with the output formats it supports. The extension point
// for new miners: add an entry here (and its flags in commands/map.ts); the command picks the entry by name.

import { discoverDfg } from '../discovery/discover-dfg.js';
import { discoverHeuristics, type HeuristicsOptions } from '../discovery/discover-heuristics.js';
import { discoverInductive } from '../discovery/discover-inductive.js';
import type { MapMetric, ProcessMap } from '../discovery/process-map.js';
import { dfgMap, heuristicsMap } from '../discovery/process-map.js';
import type { SimplifyOptions } from '../discovery/simplify-dfg.js';
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
      return renderMapSvg(map, settings.metric);
    default:
      return renderMapText(map, settings.metric, settings.style);
  }
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
