// Graphviz DOT of a process map: what `--format dot` prints and what the SVG renderer lays out.
import { mapLooks, oneLine } from './map-style.js';
/** A DOT double-quoted string of one or more lines: backslashes and quotes escaped, so a label cannot inject attributes or escapes. */
export function dotString(...lines) {
    return `"${lines.map((line) => oneLine(line).replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\n')}"`;
}
const FONT = 'Vazirmatn, Tahoma, Arial, sans-serif';
/** The map as a DOT digraph: artificial start and end, nodes filled by frequency, edges weighted by `metric`. O(V + E). */
export function renderMapDot(map, metric) {
    const looks = mapLooks(map, metric);
    const ids = new Map(map.activities.map((activity, i) => [activity.name, `a${i}`]));
    const lines = [
        'digraph process_map {',
        `  graph [charset="UTF-8", rankdir=TB, nodesep=0.4, ranksep=0.5, fontname=${dotString(FONT)}];`,
        `  node [shape=box, style="rounded,filled", fontname=${dotString(FONT)}, fontsize=12, color="#4a5568"];`,
        `  edge [fontname=${dotString(FONT)}, fontsize=10, arrowsize=0.7];`,
        '  start [label="", shape=circle, width=0.3, style=filled, fillcolor="#38a169", color="#276749"];',
        '  end [label="", shape=doublecircle, width=0.25, style=filled, fillcolor="#e53e3e", color="#9b2c2c"];',
    ];
    map.activities.forEach((activity, i) => {
        const look = looks.node(activity.count);
        const count = activity.count.toLocaleString('en-US');
        lines.push(`  a${i} [label=${dotString(activity.name, count)}, fillcolor="${look.fill}", fontcolor="${look.fontColour}", tooltip=${dotString(`${activity.name}: ${count}`)}];`);
    });
    const arcLook = (count) => `penwidth=1.2, color="#718096", style=dashed, label=${dotString(` ${count.toLocaleString('en-US')} `)}`;
    for (const arc of map.start)
        lines.push(`  start -> ${ids.get(arc.name)} [${arcLook(arc.count)}];`);
    for (const edge of map.edges) {
        const look = looks.edge(edge);
        lines.push(`  ${ids.get(edge.from)} -> ${ids.get(edge.to)} [label=${dotString(` ${look.label} `)}, penwidth=${look.width}, color="${look.colour}", fontcolor="${look.colour}"];`);
    }
    for (const arc of map.end)
        lines.push(`  ${ids.get(arc.name)} -> end [${arcLook(arc.count)}];`);
    lines.push('}');
    return `${lines.join('\n')}\n`;
}
