// An accepting Petri net (places, labelled or silent transitions, weighted arcs, initial and final marking): what a
// PNML or BPMN model is read into and what token replay runs on. Arcs keep their order in the file, because PM4Py's
// replay breaks ties by iteration order and the file order is the closest stable stand-in for it.

export interface Place {
  readonly id: string;
  /** PM4Py sorts places by name when it chooses silent paths; PNML files name places by id. */
  readonly name: string;
}

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

export interface PetriNet {
  readonly places: readonly Place[];
  readonly transitions: readonly Transition[];
  readonly arcs: readonly Arc[];
  /** Place index → tokens. */
  readonly initialMarking: ReadonlyMap<number, number>;
  readonly finalMarking: ReadonlyMap<number, number>;
}
