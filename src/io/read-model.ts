// Reads a process model for conformance checking, choosing the reader by file extension.

import type { PetriNet } from '../conformance/petri-net.js';
import { UserError } from '../errors.js';
import { readPnml } from './pnml/read-pnml.js';

/** A Petri net from a `.pnml` file. */
export function readModel(path: string): PetriNet {
  if (/\.pnml$/i.test(path)) return readPnml(path);
  throw new UserError(`cannot read model ${path}: give a Petri net in PNML (.pnml)`);
}
