/** A place. */
export interface Place {
    readonly id: string;
    /** PM4Py sorts places by name when it chooses silent paths; PNML files and mined nets name places by id. */
    readonly name: string;
}
/** A transition. */
export interface Transition {
    readonly id: string;
    /** Activity label; null for a silent (tau) transition. */
    readonly label: string | null;
}
/** An arc between place `place` and transition `transition` (indices), in the direction `toTransition` says. */
export interface Arc {
    readonly place: number;
    readonly transition: number;
    readonly toTransition: boolean;
    readonly weight: number;
}
/** Place index → tokens; places without tokens are absent. */
export type Marking = ReadonlyMap<number, number>;
/** An accepting Petri net: the net with its initial and final marking. */
export interface PetriNet {
    readonly places: readonly Place[];
    readonly transitions: readonly Transition[];
    readonly arcs: readonly Arc[];
    readonly initialMarking: Marking;
    readonly finalMarking: Marking;
}
/** The ids `arc` joins, in its direction (place → transition or transition → place). O(1). */
export declare function arcEnds(net: PetriNet, arc: Arc): {
    readonly source: string;
    readonly target: string;
};
/** The ids of the places `marking` puts tokens in, in the marking's order. O(marked places). */
export declare function markedPlaceIds(net: PetriNet, marking: Marking): string[];
