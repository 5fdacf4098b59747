// Shortest sequences of silent transitions between places, as PM4Py's token replay uses them to enable a visible
// transition or reach the final marking (pm4py.objects.petri_net.utils.petri_utils.get_places_shortest_path_by_hidden).
/** PM4Py's recursion limit for the search (TechnicalParameters.MAX_REC_DEPTH). */
const MAX_DEPTH = 50;
/**
 * Indexes `net` and computes silent paths between places with PM4Py's depth-first search: from every place, follow
 * silent transitions, keeping a path to a place only when it is shorter than the one found before (ties keep the
 * first, in arc order). O(P · paths explored), bounded by the depth limit of 50.
 */
export function indexNet(net) {
    const inputs = net.transitions.map(() => []);
    const outputs = net.transitions.map(() => []);
    const placeOutputs = net.places.map(() => []);
    for (const arc of net.arcs) {
        if (arc.toTransition) {
            inputs[arc.transition]?.push({ place: arc.place, weight: arc.weight });
            placeOutputs[arc.place]?.push(arc.transition);
        }
        else {
            outputs[arc.transition]?.push({ place: arc.place, weight: arc.weight });
        }
    }
    const silent = net.transitions.map((transition) => transition.label === null);
    const hiddenPaths = net.places.map(() => new Map());
    const search = (target, current, path, depth) => {
        if (depth > MAX_DEPTH)
            return;
        for (const transition of placeOutputs[current]) {
            if (!silent[transition])
                continue;
            for (const { place } of outputs[transition]) {
                const known = target.get(place);
                if (known === undefined || path.length + 1 < known.length) {
                    const longer = [...path, transition];
                    target.set(place, longer);
                    search(target, place, longer, depth + 1);
                }
            }
        }
    };
    net.places.forEach((_, place) => search(hiddenPaths[place], place, [], 0));
    return { net, inputs, outputs, placeOutputs, silent, hiddenPaths };
}
