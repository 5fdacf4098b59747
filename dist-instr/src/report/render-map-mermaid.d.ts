import type { MapMetric, ProcessMap } from '../discovery/process-map.js';
/**
 * A Mermaid quoted label. Mermaid has no backslash escapes: `"` and the characters it would read as markup or
 * entities are written as its `#code;` entities, so any label (Persian, or hostile) stays one literal string.
 */
export declare function mermaidString(...lines: string[]): string;
/** The map as a Mermaid `flowchart TD`: fill shows frequency, link width and colour the metric. O(V + E). */
export declare function renderMapMermaid(map: ProcessMap, metric: MapMetric): string;
