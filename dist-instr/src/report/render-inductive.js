// Outputs of `redtape map --algorithm inductive`: the process tree as text or JSON, its Petri net as PNML or DOT/SVG,
// and the tree as BPMN 2.0 XML. Pure functions; the command only picks one and writes it.
import { treeStats, treeToJson, treeToString } from '../discovery/process-tree.js';
import { treeToPetriNet } from '../discovery/tree-to-petri-net.js';
import { arcEnds, markedPlaceIds } from '../model/petri-net.js';
import { renderBpmn } from './render-bpmn.js';
import { dotString } from './render-map-dot.js';
import { dotToSvg } from './render-map-svg.js';
import { renderPnml } from './render-pnml.js';
import { PLAIN } from './style.js';
/** The formats of the inductive miner's output. */
export const INDUCTIVE_FORMATS = ['text', 'json', 'pnml', 'bpmn', 'dot', 'svg'];
/** `{ algorithm: "inductive", variant, noise, tree, treeText, petriNet: { places, transitions, arcs, ... }, steps }`. */
export function renderInductiveJson(result, net = treeToPetriNet(result.tree)) {
    const document = {
        algorithm: 'inductive',
        variant: result.variant,
        noise: result.noise,
        tree: treeToJson(result.tree),
        treeText: treeToString(result.tree),
        petriNet: {
            places: net.places.map((p) => p.id),
            transitions: net.transitions.map((t) => ({ id: t.id, label: t.label })),
            arcs: net.arcs.map((a) => arcEnds(net, a)),
            initialMarking: markedPlaceIds(net, net.initialMarking),
            finalMarking: markedPlaceIds(net, net.finalMarking),
        },
        steps: result.steps,
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
const OPERATOR_NAMES = { '->': 'sequence', X: 'choice', '+': 'parallel', '*': 'loop' };
function indented(tree, depth, lines) {
    const pad = '  '.repeat(depth);
    if (tree.operator === null) {
        lines.push(`${pad}${tree.label === null ? 'tau' : `'${tree.label}'`}`);
        return;
    }
    lines.push(`${pad}${tree.operator} ${OPERATOR_NAMES[tree.operator] ?? ''}`);
    for (const child of tree.children)
        indented(child, depth + 1, lines);
}
/** A readable summary: the variant, the tree on one line (PM4Py's notation) and indented, and the net's size. */
export function renderInductiveText(result, style = PLAIN, net = treeToPetriNet(result.tree)) {
    const stats = treeStats(result.tree);
    const silent = net.transitions.filter((t) => t.label === null).length;
    const lines = [
        style.heading(`Process tree (inductive miner, ${result.variant}${result.variant === 'IMf' ? `, noise ${result.noise}` : ''})`),
        `  ${stats.activities} activity leaves, ${stats.taus} silent steps, ${stats.operators} operators`,
        `  Petri net: ${net.places.length} places, ${net.transitions.length} transitions (${silent} silent), ${net.arcs.length} arcs`,
        '',
        `  ${treeToString(result.tree)}`,
        '',
    ];
    indented(result.tree, 1, lines);
    return `${lines.join('\n')}\n`;
}
/**
 * The Petri net as a DOT digraph: places as circles (a token in initially marked ones, a double ring on finally marked
 * ones), labelled transitions as boxes, silent ones as black bars.
 */
export function renderPetriNetDot(net) {
    const lines = ['digraph petri_net {', '  graph [charset="UTF-8", rankdir=LR, fontname="Vazirmatn, Tahoma, Arial, sans-serif"];', '  node [fontname="Vazirmatn, Tahoma, Arial, sans-serif", fontsize=11];'];
    net.places.forEach((p, i) => {
        const marked = net.initialMarking.has(i) ? ', label="●"' : net.finalMarking.has(i) ? ', peripheries=2, label=""' : ', label=""';
        lines.push(`  p${i} [shape=circle, width=0.35, fixedsize=true${marked}, tooltip=${dotString(p.id)}];`);
    });
    net.transitions.forEach((t, i) => {
        if (t.label === null)
            lines.push(`  t${i} [shape=box, style=filled, fillcolor=black, width=0.12, height=0.4, label="", tooltip=${dotString(t.id)}];`);
        else
            lines.push(`  t${i} [shape=box, style="rounded,filled", fillcolor="#ebf4ff", label=${dotString(t.label)}];`);
    });
    for (const arc of net.arcs)
        lines.push(arc.toTransition ? `  p${arc.place} -> t${arc.transition} [arrowsize=0.6];` : `  t${arc.transition} -> p${arc.place} [arrowsize=0.6];`);
    lines.push('}', '');
    return lines.join('\n');
}
/** The inductive miner's result in `format`; SVG is laid out by Graphviz (WebAssembly), hence async. */
export async function renderInductive(result, format, style = PLAIN) {
    const net = treeToPetriNet(result.tree);
    switch (format) {
        case 'json':
            return renderInductiveJson(result, net);
        case 'pnml':
            return renderPnml(net);
        case 'bpmn':
            return renderBpmn(result.tree);
        case 'dot':
            return renderPetriNetDot(net);
        case 'svg':
            return dotToSvg(renderPetriNetDot(net));
        default:
            return renderInductiveText(result, style, net);
    }
}
