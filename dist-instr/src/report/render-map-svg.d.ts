import type { MapMetric, ProcessMap } from '../discovery/process-map.js';
/** Lays out DOT source as SVG (UTF-8 text). The WebAssembly module loads once per process (about 0.4 s). */
export declare function dotToSvg(dot: string): Promise<string>;
/** The map as an SVG document. O(V + E) plus Graphviz's layout. */
export declare function renderMapSvg(map: ProcessMap, metric: MapMetric): Promise<string>;
