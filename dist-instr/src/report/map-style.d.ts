import { type MapEdgeView, type MapMetric, type ProcessMap } from '../discovery/process-map.js';
/** Visual attributes of a node. */
export interface NodeLook {
    readonly fill: string;
    readonly fontColour: string;
}
/** Visual attributes of an edge. */
export interface EdgeLook {
    readonly width: number;
    readonly colour: string;
    readonly label: string;
}
/** Scales of one map: node fills by event count, edges by the metric. */
export declare function mapLooks(map: ProcessMap, metric: MapMetric): {
    node(count: number): NodeLook;
    edge(edge: MapEdgeView): EdgeLook;
};
/** The label of a metric value: a count with separators, or a duration in human units. */
export declare function metricLabel(value: number, metric: MapMetric): string;
/** A label made safe to show on one line: control characters and line breaks become spaces. */
export declare function oneLine(text: string): string;
