import type { BpmnProcess } from './bpmn.js';
import type { PetriNet } from './petri-net.js';
/**
 * The Petri net of `process`: a source place marked with one token feeds the start events, end events feed a sink
 * place (the final marking). Tasks with several incoming flows join them exclusively and split in parallel to their
 * outgoing flows (BPMN's implicit gateways). Inclusive and complex gateways are refused (their join needs more than a
 * Petri net's local state). O(nodes + flows).
 */
export declare function bpmnToPetri(process: BpmnProcess, file?: string): PetriNet;
