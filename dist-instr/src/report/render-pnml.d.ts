import { type PetriNet } from '../model/petri-net.js';
/**
 * The net as a PNML document (UTF-8 text). Every id and label is escaped; arc weights other than 1 are written as
 * inscriptions. O(places + transitions + arcs).
 */
export declare function renderPnml(net: PetriNet, name?: string): string;
