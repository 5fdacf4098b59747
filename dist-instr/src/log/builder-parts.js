// Hands one builder's events to another: how a reader that split its input (e.g. the two halves of a large CSV read
// on two threads) joins the later part to the earlier. The parts are plain data, so they can cross a worker boundary.
// Two ways: absorb (the part's event chunks move to the earlier builder), or defer (the part's thread keeps its events
// and, when the log is built, writes them into the shared columns while the earlier builder writes its own).
import { NONE } from './dictionary.js';
function partNames(builder) {
    const attributes = (level) => builder.attributeColumns(level).map((column) => ({ name: column.name, values: [...column.values.names], ids: column.ids.view().slice() }));
    return {
        size: builder.size,
        caseKeys: builder.caseKeyParts(),
        labels: {
            activities: builder.activities.parts(),
            resources: builder.resources.parts(),
            roles: builder.roles.parts(),
            decisions: builder.decisions.parts(),
        },
        eventAttributes: attributes('event'),
        caseAttributes: attributes('case'),
    };
}
/** Takes a builder's events and labels as plain data; the builder is spent. O(n). */
export function builderParts(builder) {
    return { ...partNames(builder), columns: builder.takeColumns() };
}
/** A builder's names and per-case counts, for joining it as a deferred part; its events stay. O(n + cases). */
export function partSummary(builder) {
    return { ...partNames(builder), caseCounts: builder.caseCounts(), hasStart: builder.hasStart };
}
/** The buffers of `parts` (or of a summary), to transfer rather than copy them to another thread. */
export function transferables(parts) {
    const columns = 'columns' in parts ? parts.columns : null;
    const chunks = columns
        ? [columns.case, columns.activity, columns.time, columns.start ?? [], columns.resource, columns.role, columns.decision].flat()
        : [parts.caseCounts];
    const keys = [parts.caseKeys.bytes, parts.caseKeys.ends];
    return [...chunks, ...keys, ...parts.eventAttributes.map((a) => a.ids), ...parts.caseAttributes.map((a) => a.ids)].map((array) => array.buffer);
}
/**
 * Gives `builder` the names of a part read after its own events: cases, labels and attribute values are matched by
 * name (label spellings merge into the builder's report), and the part's attribute values are set at input positions
 * from the builder's current size. Returns the part's ids → the builder's. O(cases + labels + attribute values).
 */
function adoptNames(builder, parts) {
    // Loops, not Int32Array.from with a callback: that is several times slower per element, on 100,000s of them.
    const adopt = (interner, labels) => {
        const map = new Int32Array(labels.names.length);
        labels.names.forEach((name, id) => (map[id] = interner.adopt(name, labels.spellings.get(id) ?? [name])));
        return map;
    };
    const { bytes, ends } = parts.caseKeys;
    const caseMap = new Int32Array(ends.length);
    for (let k = 0, start = 0; k < caseMap.length; k++) {
        const end = ends[k];
        caseMap[k] = builder.caseIndexOfBytes(bytes, start, end);
        start = end;
    }
    const first = builder.size;
    for (const attribute of parts.eventAttributes) {
        const target = builder.attribute(attribute.name, 'event');
        const map = Int32Array.from(attribute.values, (value) => target.values.intern(value));
        attribute.ids.forEach((id, i) => {
            if (id !== NONE)
                target.set(first + i, map[id]);
        });
    }
    for (const attribute of parts.caseAttributes) {
        const target = builder.attribute(attribute.name, 'case');
        const map = Int32Array.from(attribute.values, (value) => target.values.intern(value));
        attribute.ids.forEach((id, k) => {
            const c = caseMap[k];
            if (id !== NONE && (target.ids.length <= c || target.ids.get(c) === NONE))
                target.set(c, map[id]);
        });
    }
    return {
        case: caseMap,
        activity: adopt(builder.activities, parts.labels.activities),
        resource: adopt(builder.resources, parts.labels.resources),
        role: adopt(builder.roles, parts.labels.roles),
        decision: adopt(builder.decisions, parts.labels.decisions),
    };
}
/**
 * Appends the events of `parts` to `builder` as if they had been read after its own: names are adopted (see
 * adoptNames), out-of-order events are counted against the builder's earlier events of the same case, and input
 * positions continue. The chunks of `parts` become the builder's (read through id maps when the log is built), so
 * joining copies no events. O(cases + labels + n) for the order check, plus O(n) per event attribute.
 */
export function absorbParts(builder, parts) {
    const maps = adoptNames(builder, parts);
    builder.appendColumns(parts.columns, parts.size, maps);
}
/**
 * Joins a part whose events stay on its thread: names are adopted now (so case and label ids come out as if it were
 * absorbed), and its events are placed by its thread when the log is built ({@link LogBuilder.buildJoined}); the
 * builder takes no more events. O(cases + labels).
 */
export function deferPart(builder, part) {
    const maps = adoptNames(builder, part.summary);
    builder.defer(part, maps);
}
