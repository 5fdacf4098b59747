// Process tree → workflow net, as PM4Py's `conversion/process_tree/variants/to_petri_net.py` builds it (so place,
// transition and arc counts agree with PM4Py's): a source and a sink place, silent transitions for splits, joins,
// loops and skips, then PM4Py's simple reduction of single-entry and single-exit silent transitions. The result is
// the shared `model/petri-net.ts` type, so a mined net replays, renders and round-trips through PNML as a read one.
class NetBuilder {
    places = new Set();
    transitions = new Set();
    arcs = new Set();
    #placeCount = 0;
    #silentCount = 0;
    #visibleCount = 0;
    place(name) {
        this.#placeCount++;
        const place = { id: name ?? `p_${this.#placeCount}`, kind: 'place', label: null, inArcs: new Set(), outArcs: new Set() };
        this.places.add(place);
        return place;
    }
    silent(kind) {
        this.#silentCount++;
        const t = { id: `${kind}_${this.#silentCount}`, kind: 'transition', label: null, inArcs: new Set(), outArcs: new Set() };
        this.transitions.add(t);
        return t;
    }
    visible(label) {
        this.#visibleCount++;
        const t = { id: `t_${this.#visibleCount}`, kind: 'transition', label, inArcs: new Set(), outArcs: new Set() };
        this.transitions.add(t);
        return t;
    }
    arc(source, target) {
        const arc = { source, target };
        this.arcs.add(arc);
        source.outArcs.add(arc);
        target.inArcs.add(arc);
    }
    removeNode(n) {
        for (const arc of [...n.inArcs, ...n.outArcs]) {
            this.arcs.delete(arc);
            arc.source.outArcs.delete(arc);
            arc.target.inArcs.delete(arc);
        }
        (n.kind === 'place' ? this.places : this.transitions).delete(n);
    }
}
function firstIsLoop(tree) {
    if (tree.operator === '*')
        return true;
    if (tree.operator === null)
        return false;
    const first = tree.children[0];
    return first !== undefined && (first.operator === '*' || firstIsLoop(first));
}
function lastIsLoop(tree) {
    if (tree.operator === '*')
        return true;
    if (tree.operator === null)
        return false;
    const last = tree.children[tree.children.length - 1];
    return last !== undefined && (last.operator === '*' || lastIsLoop(last));
}
/** PM4Py's `check_terminal_loop`: the chain of last children reaches a loop. */
function terminalLoop(tree) {
    if (tree.operator === null)
        return false;
    const last = tree.children[tree.children.length - 1];
    if (last === undefined || last.operator === null)
        return false;
    return last.operator === '*' || terminalLoop(last);
}
/**
 * PM4Py's `check_tau_mandatory_at_initial_marking` / `_final_marking`, including its quirk that the initial check
 * also looks at the last-child chain of the first child.
 */
function needsTau(tree, atStart) {
    if (tree.operator === null)
        return false;
    if (tree.operator === 'X' || tree.operator === '+')
        return true;
    if (!atStart)
        return terminalLoop(tree) || lastIsLoop(tree);
    const first = tree.children[0];
    const initialLoop = first !== undefined && first.operator !== null && (first.operator === '*' || terminalLoop(first));
    return initialLoop || firstIsLoop(tree);
}
function addTree(net, tree, initial, final) {
    let initialPlace = initial;
    if (initial.kind === 'transition') {
        initialPlace = net.place();
        net.arc(initial, initialPlace);
    }
    let finalPlace;
    if (final !== null && final.kind === 'place')
        finalPlace = final;
    else {
        finalPlace = net.place();
        if (final !== null)
            net.arc(finalPlace, final);
    }
    if (tree.operator === null) {
        const t = tree.label === null ? net.silent('skip') : net.visible(tree.label);
        net.arc(initialPlace, t);
        net.arc(t, finalPlace);
    }
    else if (tree.operator === 'X') {
        for (const child of tree.children)
            addTree(net, child, initialPlace, finalPlace);
    }
    else if (tree.operator === '+') {
        const split = net.silent('tauSplit');
        net.arc(initialPlace, split);
        const join = net.silent('tauJoin');
        net.arc(join, finalPlace);
        for (const child of tree.children)
            addTree(net, child, split, join);
    }
    else if (tree.operator === '->') {
        let intermediate = initialPlace;
        tree.children.forEach((child, i) => {
            intermediate = addTree(net, child, intermediate, i === tree.children.length - 1 ? finalPlace : null);
        });
    }
    else {
        const loopStart = net.place();
        const init = net.silent('init_loop');
        net.arc(initialPlace, init);
        net.arc(init, loopStart);
        const back = net.silent('loop');
        const [body, ...redo] = tree.children;
        if (redo.length === 0) {
            addTree(net, body, loopStart, finalPlace);
            net.arc(finalPlace, back);
            net.arc(back, loopStart);
        }
        else {
            const afterBody = addTree(net, body, loopStart, null);
            let afterRedo = null;
            for (const child of redo)
                afterRedo = addTree(net, child, afterBody, afterRedo);
            addTree(net, { operator: null, label: null }, afterBody, finalPlace);
            net.arc(afterRedo, back);
            net.arc(back, loopStart);
        }
    }
    return finalPlace;
}
/** PM4Py's `reduce_single_entry_transitions` then `reduce_single_exit_transitions`. */
function simpleReduction(net) {
    reduceSilent(net, true);
    reduceSilent(net, false);
}
/**
 * One of PM4Py's two reductions, mirrored by `entry`: a silent transition whose one input (output) place has one arc
 * each way is merged with that place, its other side joined straight to the node beyond. Restarts after each change,
 * as PM4Py does, so the surviving ids and arc order agree with PM4Py's.
 */
function reduceSilent(net, entry) {
    const near = (n) => (entry ? n.inArcs : n.outArcs);
    const far = (n) => (entry ? n.outArcs : n.inArcs);
    const nearEnd = (arc) => (entry ? arc.source : arc.target);
    const farEnd = (arc) => (entry ? arc.target : arc.source);
    for (let changed = true; changed;) {
        changed = false;
        for (const t of net.transitions) {
            if (t.label !== null || near(t).size !== 1)
                continue;
            const place = nearEnd([...near(t)][0]);
            if (place.inArcs.size !== 1 || place.outArcs.size !== 1)
                continue;
            const beyond = nearEnd([...near(place)][0]);
            const others = [...far(t)].map(farEnd);
            net.removeNode(t);
            net.removeNode(place);
            for (const other of others) {
                if (entry)
                    net.arc(beyond, other);
                else
                    net.arc(other, beyond);
            }
            changed = true;
            break;
        }
    }
}
/** A new place joined to `outer` (the source when `atStart`, else the sink) by a silent `tau` transition. */
function throughTau(net, outer, atStart) {
    const inner = net.place();
    const tau = net.silent('tau');
    if (atStart) {
        net.arc(outer, tau);
        net.arc(tau, inner);
    }
    else {
        net.arc(inner, tau);
        net.arc(tau, outer);
    }
    return inner;
}
/**
 * The workflow net of `tree` (PM4Py's default conversion, including its reduction, so sizes agree with
 * `pm4py.convert_to_petri_net`). Visible transitions are `t_1`, `t_2`, … in tree order; silent ones are named by role
 * (`tauSplit_3`, `skip_7`, …). O(size) to build; the reduction restarts its scan after each change, O(size²) worst case.
 */
export function treeToPetriNet(tree) {
    const net = new NetBuilder();
    const source = net.place('source');
    const sink = net.place('sink');
    const initialPlace = needsTau(tree, true) ? throughTau(net, source, true) : source;
    const finalPlace = needsTau(tree, false) ? throughTau(net, sink, false) : sink;
    addTree(net, tree, initialPlace, finalPlace);
    simpleReduction(net);
    for (const place of [...net.places]) {
        if (place !== sink && place.outArcs.size === 0)
            net.removeNode(place);
        else if (place !== source && place.inArcs.size === 0)
            net.removeNode(place);
    }
    return freeze(net, source, sink);
}
/** The builder's nodes as the shared index-based net: places and transitions in creation order, arcs by index. */
function freeze(net, source, sink) {
    const places = [...net.places];
    const transitions = [...net.transitions];
    const placeIndex = new Map(places.map((p, i) => [p, i]));
    const transitionIndex = new Map(transitions.map((t, i) => [t, i]));
    return {
        places: places.map((p) => ({ id: p.id, name: p.id })),
        transitions: transitions.map((t) => ({ id: t.id, label: t.label })),
        arcs: [...net.arcs].map((a) => {
            const toTransition = a.source.kind === 'place';
            const [place, transition] = toTransition ? [a.source, a.target] : [a.target, a.source];
            return { place: placeIndex.get(place), transition: transitionIndex.get(transition), toTransition, weight: 1 };
        }),
        initialMarking: new Map([[placeIndex.get(source), 1]]),
        finalMarking: new Map([[placeIndex.get(sink), 1]]),
    };
}
