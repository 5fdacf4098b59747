import type { MapMetric, ProcessMap } from '../discovery/process-map.js';
/** A DOT double-quoted string of one or more lines: backslashes and quotes escaped, so a label cannot inject attributes or escapes. */
export declare function dotString(...lines: string[]): string;
/** The map as a DOT digraph: artificial start and end, nodes filled by frequency, edges weighted by `metric`. O(V + E). */
export declare function renderMapDot(map: ProcessMap, metric: MapMetric): string;
