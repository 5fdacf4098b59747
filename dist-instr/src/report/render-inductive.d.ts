import type { InductiveResult } from '../discovery/discover-inductive.js';
import { type PetriNet } from '../model/petri-net.js';
import { type Style } from './style.js';
/** The formats of the inductive miner's output. */
export declare const INDUCTIVE_FORMATS: readonly ["text", "json", "pnml", "bpmn", "dot", "svg"];
export type InductiveFormat = (typeof INDUCTIVE_FORMATS)[number];
/** `{ algorithm: "inductive", variant, noise, tree, treeText, petriNet: { places, transitions, arcs, ... }, steps }`. */
export declare function renderInductiveJson(result: InductiveResult, net?: PetriNet): string;
/** A readable summary: the variant, the tree on one line (PM4Py's notation) and indented, and the net's size. */
export declare function renderInductiveText(result: InductiveResult, style?: Style, net?: PetriNet): string;
/**
 * The Petri net as a DOT digraph: places as circles (a token in initially marked ones, a double ring on finally marked
 * ones), labelled transitions as boxes, silent ones as black bars.
 */
export declare function renderPetriNetDot(net: PetriNet): string;
/** The inductive miner's result in `format`; SVG is laid out by Graphviz (WebAssembly), hence async. */
export declare function renderInductive(result: InductiveResult, format: InductiveFormat, style?: Style): Promise<string>;
