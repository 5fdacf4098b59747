import type { PetriNet } from '../model/petri-net.js';
/** A Petri net from a `.pnml` file, or converted from a `.bpmn` process. */
export declare function readModel(path: string): PetriNet;
