// Shortest sequences of silent transitions between places, as PM4Py's token replay uses them to enable a visible
// transition or reach the final marking (pm4py.objects.petri_net.utils.petri_utils.get_places_shortest_path_by_hidden).

import type { PetriNet } from '../model/petri-net.js';

/** The net in the form replay reads: per transition its input and output arcs, per place its output transitions. */
export interface NetIndex {
  readonly net: PetriNet;
  readonly inputs: readonly (readonly { readonly place: number; readonly weight: number }[])[];
  readonly outputs: readonly (readonly { readonly place: number; readonly weight: number }[])[];
  readonly placeOutputs: readonly (readonly number[])[];
  readonly silent: readonly boolean[];
  /** Per place: target place → silent transitions to fire, shortest first found. */
  readonly hiddenPaths: readonly ReadonlyMap<number, readonly number[]>[];
}

/** PM4Py's recursion limit for the search (TechnicalParameters.MAX_REC_DEPTH). */
const MAX_DEPTH = 50;

/**
 * Indexes `net` and computes silent paths between places with PM4Py's depth-first search: from every place, follow
 * silent transitions, keeping a path to a place only when it is shorter than the one found before (ties keep the
 * first, in arc order). O(P · paths explored), bounded by the depth limit of 50.
 */
export function indexNet(net: PetriNet): NetIndex {
  const inputs = net.transitions.map((): { place: number; weight: number }[] => []);
  const outputs = net.transitions.map((): { place: number; weight: number }[] => []);
  const placeOutputs = net.places.map((): number[] => []);
  for (const arc of net.arcs) {
    if (arc.toTransition) {
      inputs[arc.transition]?.push({ place: arc.place, weight: arc.weight });
      placeOutputs[arc.place]?.push(arc.transition);
    } else {
      outputs[arc.transition]?.push({ place: arc.place, weight: arc.weight });
    }
  }
  const silent = net.transitions.map((transition) => transition.label === null);
  const hiddenPaths = net.places.map(() => new Map<number, number[]>());
  const search = (target: Map<number, number[]>, current: number, path: number[], depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const transition of placeOutputs[current] as number[]) {
      if (!silent[transition]) continue;
      for (const { place } of outputs[transition] as { place: number }[]) {
        const known = target.get(place);
        if (known === undefined || path.length + 1 < known.length) {
          const longer = [...path, transition];
          target.set(place, longer);
          search(target, place, longer, depth + 1);
        }
      }
    }
  };
  net.places.forEach((_, place) => search(hiddenPaths[place] as Map<number, number[]>, place, [], 0));
  return { net, inputs, outputs, placeOutputs, silent, hiddenPaths };
}
