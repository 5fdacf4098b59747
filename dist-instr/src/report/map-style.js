// How a process map encodes numbers visually, shared by the DOT/SVG and Mermaid renderers: node fill shows
// frequency, edge width and colour show the chosen metric. One scale, so two outputs of one map look alike.
import { formatDuration } from '../performance/duration.js';
import { edgeMetric, isTimeMetric } from '../discovery/process-map.js';
const NODE_LIGHT = [0xee, 0xf4, 0xfb];
const NODE_DARK = [0x1f, 0x4e, 0x8c];
const EDGE_LIGHT = [0xa0, 0xa8, 0xb3];
const EDGE_COUNT = [0x1a, 0x20, 0x2c];
const EDGE_TIME = [0xc5, 0x30, 0x30];
function mix(from, to, t) {
    const channel = (i) => Math.round(from[i] + (to[i] - from[i]) * t).toString(16).padStart(2, '0');
    return `#${channel(0)}${channel(1)}${channel(2)}`;
}
/** Position of `value` on a square-root scale from 0 to `max` (so a few huge values do not flatten the rest). */
function position(value, max) {
    return max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;
}
/** Scales of one map: node fills by event count, edges by the metric. */
export function mapLooks(map, metric) {
    const maxCount = Math.max(0, ...map.activities.map((activity) => activity.count));
    const maxMetric = Math.max(0, ...map.edges.map((edge) => edgeMetric(edge, metric)));
    const strong = isTimeMetric(metric) ? EDGE_TIME : EDGE_COUNT;
    return {
        node(count) {
            // Linear: activities of an approval chain have similar counts, and the fill should still tell them apart.
            const t = maxCount > 0 ? count / maxCount : 0;
            return { fill: mix(NODE_LIGHT, NODE_DARK, t), fontColour: t > 0.6 ? '#ffffff' : '#1a202c' };
        },
        edge(edge) {
            const value = edgeMetric(edge, metric);
            const t = position(value, maxMetric);
            return { width: Math.round((1 + 5 * t) * 10) / 10, colour: mix(EDGE_LIGHT, strong, t), label: metricLabel(value, metric) };
        },
    };
}
/** The label of a metric value: a count with separators, or a duration in human units. */
export function metricLabel(value, metric) {
    return isTimeMetric(metric) ? formatDuration(value) : value.toLocaleString('en-US');
}
/** A label made safe to show on one line: control characters and line breaks become spaces. */
export function oneLine(text) {
    return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}
