import type { PetriNet } from '../../model/petri-net.js';
/**
 * Parses PNML text into a {@link PetriNet}. Only the first <net> is read. Without an initial (final) marking in the
 * file, the places without input (output) arcs get one token, as PM4Py's importer does. Throws UserError with the
 * file and line on malformed input. O(size of the file).
 */
export declare function parsePnml(text: string, file?: string): PetriNet;
/** Reads a PNML file. */
export declare function readPnml(path: string): PetriNet;
