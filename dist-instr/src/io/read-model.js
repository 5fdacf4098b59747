// Reads a process model for conformance checking, choosing the reader by file extension.
import { UserError } from '../errors.js';
import { bpmnToPetri } from '../model/bpmn-to-petri.js';
import { readBpmn } from './bpmn/read-bpmn.js';
import { readPnml } from './pnml/read-pnml.js';
/** A Petri net from a `.pnml` file, or converted from a `.bpmn` process. */
export function readModel(path) {
    if (/\.pnml$/i.test(path))
        return readPnml(path);
    if (/\.bpmn$/i.test(path))
        return bpmnToPetri(readBpmn(path), path);
    throw new UserError(`cannot read model ${path}: give a Petri net in PNML (.pnml) or a BPMN 2.0 process (.bpmn)`);
}
