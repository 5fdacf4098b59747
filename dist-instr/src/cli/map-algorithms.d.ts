import { type HeuristicsOptions } from '../discovery/discover-heuristics.js';
import type { MapMetric } from '../discovery/process-map.js';
import type { SimplifyOptions } from '../discovery/simplify-dfg.js';
import type { EventLog } from '../log/event-log.js';
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
/**
 * Graphviz's layout grows much faster than linearly: BPIC 2015's 398 activities and 834 edges did not finish in
 * 5 minutes. Above these sizes `--format svg` asks for simplification instead of hanging.
 */
export declare const SVG_LIMITS: Readonly<{
    activities: 150;
    edges: 500;
}>;
/** The algorithms by name; the first is the default. */
export declare const MAP_ALGORITHMS: Readonly<Record<string, MapAlgorithm>>;
