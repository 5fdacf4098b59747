import type { PetriNet } from '../model/petri-net.js';
/** The net in the form replay reads: per transition its input and output arcs, per place its output transitions. */
export interface NetIndex {
    readonly net: PetriNet;
    readonly inputs: readonly (readonly {
        readonly place: number;
        readonly weight: number;
    }[])[];
    readonly outputs: readonly (readonly {
        readonly place: number;
        readonly weight: number;
    }[])[];
    readonly placeOutputs: readonly (readonly number[])[];
    readonly silent: readonly boolean[];
    /** Per place: target place → silent transitions to fire, shortest first found. */
    readonly hiddenPaths: readonly ReadonlyMap<number, readonly number[]>[];
}
/**
 * Indexes `net` and computes silent paths between places with PM4Py's depth-first search: from every place, follow
 * silent transitions, keeping a path to a place only when it is shorter than the one found before (ties keep the
 * first, in arc order). O(P · paths explored), bounded by the depth limit of 50.
 */
export declare function indexNet(net: PetriNet): NetIndex;
