// The one Petri-net representation in redtape: an accepting Petri net (places, labelled or silent transitions,
// weighted arcs by index, initial and final marking). Discovery builds it (the inductive miner's workflow net), io
// reads it (PNML, or BPMN through `bpmn-to-petri.ts`), conformance replays on it, and report writes it (PNML, DOT,
// JSON). It lives in `src/model/`, a layer of plain data types beside `src/log/`, because all four of those need it
// and none may own it: kept in conformance/ it made io/ and discovery/ import an analysis, against the data flow
// read → log → analyses → report → cli.
//
// Arcs keep their order (file order for PNML, construction order for mined nets), because PM4Py's replay breaks ties
// by iteration order and that order is the closest stable stand-in for it.
/** The ids `arc` joins, in its direction (place → transition or transition → place). O(1). */
export function arcEnds(net, arc) {
    const place = net.places[arc.place]?.id ?? '';
    const transition = net.transitions[arc.transition]?.id ?? '';
    return arc.toTransition ? { source: place, target: transition } : { source: transition, target: place };
}
/** The ids of the places `marking` puts tokens in, in the marking's order. O(marked places). */
export function markedPlaceIds(net, marking) {
    return [...marking.keys()].map((place) => net.places[place]?.id ?? '');
}
