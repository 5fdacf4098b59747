// Token-based replay of one trace on a Petri net, following PM4Py 2.7.11's token_replay.apply_trace step by step
// (Rozinat, van der Aalst 2008; Berti, van der Aalst 2019): fire each event's transition, first trying silent
// transitions to enable it, and add the missing tokens when that fails; at the end, walk silent transitions towards the
// final marking and count what remains. Markings are insertion-ordered maps (as PM4Py's Counter), which fixes the
// order ties are broken in.
/** PM4Py's TechnicalParameters: recursion depth when enabling through silent transitions, final-marking rounds. */
const MAX_REC_DEPTH_HIDDEN = 2;
const MAX_IT_FINAL1 = 5;
const MAX_IT_FINAL2 = 5;
/** Replays traces on one net; `transitionsOf(label)` candidates are resolved by the caller. */
export class TraceReplayer {
    #index;
    #byName;
    constructor(index) {
        this.#index = index;
        const names = index.net.places.map((place) => place.name);
        this.#byName = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
    }
    #enabled(transition, marking) {
        for (const { place, weight } of this.#index.inputs[transition] ?? [])
            if ((marking.get(place) ?? 0) < weight)
                return false;
        return true;
    }
    #fire(transition, marking) {
        const next = new Map(marking);
        for (const { place, weight } of this.#index.inputs[transition] ?? []) {
            const left = (next.get(place) ?? 0) - weight;
            if (left === 0)
                next.delete(place);
            else
                next.set(place, left);
        }
        for (const { place, weight } of this.#index.outputs[transition] ?? [])
            next.set(place, (next.get(place) ?? 0) + weight);
        return next;
    }
    #weights(transition) {
        let consumed = 0;
        let produced = 0;
        for (const { weight } of this.#index.inputs[transition] ?? [])
            consumed += weight;
        for (const { weight } of this.#index.outputs[transition] ?? [])
            produced += weight;
        return { consumed, produced };
    }
    /** Places of `marking` sorted by name (PM4Py sorts before pairing places with targets). */
    #sortedPlaces(places) {
        const wanted = new Set(places);
        return this.#byName.filter((place) => wanted.has(place));
    }
    /** Silent paths from marked places to `targets`, shortest first (stable: name order breaks ties). */
    #pathsTo(marking, targets) {
        const paths = [];
        const sortedTargets = this.#sortedPlaces(targets);
        for (const from of this.#sortedPlaces(marking.keys())) {
            const reachable = this.#index.hiddenPaths[from];
            for (const to of sortedTargets) {
                const path = reachable?.get(to);
                if (path)
                    paths.push(path);
            }
        }
        return paths.sort((a, b) => a.length - b.length);
    }
    /** PM4Py's enable_hidden_transitions: fire silent transitions group by group until `target` is enabled. */
    #enableHidden(marking, fired, visited, groups, target) {
        const next = new Array(groups.length).fill(0);
        for (let z = 0; z < 10_000_000; z++) {
            let changed = false;
            const g = z % groups.length;
            const group = groups[g];
            for (let k = next[g]; k < group.length; k++) {
                const silent = group[next[g]];
                if (silent !== target && this.#enabled(silent, marking) && !visited.has(silent)) {
                    marking = this.#fire(silent, marking);
                    fired.push(silent);
                    visited.add(silent);
                    changed = true;
                }
                next[g] = next[g] + 1;
                if (this.#enabled(target, marking))
                    break;
            }
            if (this.#enabled(target, marking) || !changed)
                break;
        }
        return marking;
    }
    /** PM4Py's apply_hidden_trans: tries to enable `target` through silent transitions, recursing twice at most. */
    #applyHidden(target, marking, fired, depth, visited) {
        if (depth >= MAX_REC_DEPTH_HIDDEN || visited.has(target))
            return marking;
        visited.add(target);
        const missing = [];
        for (const { place, weight } of this.#index.inputs[target] ?? [])
            if ((marking.get(place) ?? 0) < weight)
                missing.push(place);
        let groups = this.#pathsTo(marking, missing);
        if (groups.length === 0)
            return marking;
        marking = this.#enableHidden(marking, fired, visited, groups, target);
        if (!this.#enabled(target, marking)) {
            groups = this.#pathsTo(marking, missing);
            for (const group of groups) {
                for (const silent of group) {
                    if (silent === target || visited.has(silent))
                        continue;
                    if (!this.#enabled(silent, marking))
                        marking = this.#applyHidden(silent, marking, fired, depth + 1, visited);
                    if (this.#enabled(silent, marking)) {
                        marking = this.#fire(silent, marking);
                        fired.push(silent);
                        visited.add(silent);
                    }
                }
            }
        }
        // PM4Py then recurses on `target` once more when the marking changed; `target` is already visited, so that call
        // returns at once and is left out.
        return marking;
    }
    #reachedFinal(marking) {
        for (const place of this.#index.net.finalMarking.keys())
            if (!marking.has(place))
                return false;
        return true;
    }
    /**
     * Replays one trace given as candidate transitions per event (empty when the activity is not in the model; several
     * when the model has duplicate labels, the first enabled one is fired). O(events · silent search).
     */
    replay(trace) {
        const { net } = this.#index;
        let marking = new Map(net.initialMarking);
        let fired = [];
        const problems = [];
        const unknown = [];
        let missing = 0;
        let consumed = 0;
        let produced = 0;
        for (const tokens of net.initialMarking.values())
            produced += tokens;
        const count = (transition) => {
            const weights = this.#weights(transition);
            consumed += weights.consumed;
            produced += weights.produced;
        };
        trace.forEach((candidates, position) => {
            if (candidates.length === 0) {
                unknown.push(position);
                return;
            }
            const transition = candidates.find((candidate) => this.#enabled(candidate, marking)) ?? candidates[candidates.length - 1];
            if (!this.#enabled(transition, marking)) {
                const before = fired.length;
                const walked = [...fired];
                marking = this.#applyHidden(transition, new Map(marking), walked, 0, new Set());
                for (let i = before; i < walked.length; i++)
                    count(walked[i]);
                fired = walked;
            }
            if (!this.#enabled(transition, marking)) {
                problems.push(transition);
                marking = new Map(marking);
                for (const { place, weight } of this.#index.inputs[transition] ?? []) {
                    const has = marking.get(place) ?? 0;
                    if (has < weight) {
                        missing += weight - has;
                        marking.set(place, has + weight);
                    }
                }
            }
            count(transition);
            if (this.#enabled(transition, marking)) {
                marking = this.#fire(transition, marking);
                fired.push(transition);
            }
        });
        marking = this.#towardsFinal(marking, fired, count);
        const finalMarking = net.finalMarking;
        let missingFinal = 0;
        for (const [place, tokens] of finalMarking)
            missingFinal += Math.max(0, tokens - (marking.get(place) ?? 0));
        let remaining = 0;
        const remainingAt = new Map();
        for (const [place, tokens] of marking) {
            const left = Math.max(0, tokens - (finalMarking.get(place) ?? 0));
            if (left > 0)
                remainingAt.set(place, left);
            remaining += left;
        }
        const fit = missing === 0 && remaining === 0;
        for (const tokens of finalMarking.values())
            consumed += tokens;
        missing += missingFinal;
        const fitness = consumed > 0 && produced > 0 ? 0.5 * (1 - missing / consumed) + 0.5 * (1 - remaining / produced) : 1;
        return { fit, fitness, missing, consumed, remaining, produced, problems, remainingAt, unknown };
    }
    /** PM4Py's two rounds of walking silent transitions towards the final marking after the last event. */
    #towardsFinal(marking, fired, count) {
        const finalMarking = this.#index.net.finalMarking;
        for (let round = 0; round < MAX_IT_FINAL1; round++) {
            if (this.#reachedFinal(marking))
                break;
            for (const group of this.#pathsTo(marking, finalMarking.keys())) {
                for (const silent of group) {
                    if (!this.#enabled(silent, marking))
                        continue;
                    marking = this.#fire(silent, marking);
                    fired.push(silent);
                    count(silent);
                }
                if (this.#reachedFinal(marking))
                    break;
            }
        }
        if (this.#reachedFinal(marking) || finalMarking.size !== 1)
            return marking;
        const sink = finalMarking.keys().next().value;
        const connections = [];
        for (const place of marking.keys()) {
            const path = this.#index.hiddenPaths[place]?.get(sink);
            if (path)
                connections.push(path);
        }
        connections.sort((a, b) => a.length - b.length);
        for (let round = 0; round < MAX_IT_FINAL2; round++) {
            for (const path of connections) {
                for (const silent of path) {
                    if (!this.#enabled(silent, marking))
                        break;
                    marking = this.#fire(silent, marking);
                    fired.push(silent);
                    count(silent);
                }
            }
        }
        return marking;
    }
}
