// SVG of a process map, laid out by Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz): no system binary,
// the same picture on every machine.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { renderMapDot } from './render-map-dot.js';
let graphviz;
/** Lays out DOT source as SVG (UTF-8 text). The WebAssembly module loads once per process (about 0.4 s). */
export async function dotToSvg(dot) {
    graphviz ??= Graphviz.load();
    return (await graphviz).dot(dot, 'svg');
}
/** The map as an SVG document. O(V + E) plus Graphviz's layout. */
export async function renderMapSvg(map, metric) {
    return dotToSvg(renderMapDot(map, metric));
}
