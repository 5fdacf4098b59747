// Builds the frozen EventLog from rows arriving in file order: interns labels, then sorts events into cases.
import { NONE } from './dictionary.js';
import { AttributeBuilder } from './attribute-builder.js';
import { Growable } from './growable.js';
import { LabelInterner } from './label-interner.js';
import { groupByCase, sortCasesByTime } from './case-order.js';
import { CaseKeys } from './case-keys.js';
import { CHUNK_SIZE, ChunkedColumn, readable } from './chunked-column.js';
/**
 * Accumulates events in input order, then {@link LogBuilder.build} sorts them into cases (first-appearance order of
 * cases; within a case by time, then input order). Build is O(n + Σ k log k) for cases of k events, and O(n) when the
 * input is already in time order within each case (the common export).
 */
export class LogBuilder {
    activities = new LabelInterner();
    resources = new LabelInterner();
    roles = new LabelInterner();
    decisions = new LabelInterner();
    /** Case ids as bytes until build() (see case-keys.ts). */
    #caseKeys = new CaseKeys();
    #lastTimeOfCase = new Growable(Float64Array);
    /** Cases with an event earlier than one before it in the input: the only ones build() must sort. */
    #unsortedCases = new Set();
    // Event columns in input order, in chunks; the builder writes into the current chunk of each (the hot path).
    #columns = {
        case: new ChunkedColumn(Int32Array),
        activity: new ChunkedColumn(Int32Array),
        time: new ChunkedColumn(Float64Array),
        resource: new ChunkedColumn(Int32Array),
        role: new ChunkedColumn(Int32Array),
        decision: new ChunkedColumn(Int32Array),
    };
    /** Created on the first event with a start time (most exports have none). */
    #startColumn = null;
    #size = 0;
    /** Next position in the current chunks; {@link CHUNK_SIZE} when a new chunk is due. */
    #local = CHUNK_SIZE;
    #case = new Int32Array(0);
    #activity = new Int32Array(0);
    #time = new Float64Array(0);
    #start = null;
    #resource = new Int32Array(0);
    #role = new Int32Array(0);
    #decision = new Int32Array(0);
    #eventAttributes = new Map();
    #caseAttributes = new Map();
    #outOfOrder = 0;
    #built = false;
    /** A part read by another thread, joined when the log is built (see builder-parts.ts). */
    #deferred = null;
    /** Number of events added so far. */
    get size() {
        return this.#size;
    }
    /** Number of cases so far. */
    get caseCount() {
        return this.#caseKeys.size;
    }
    /** The case ids so far as bytes, by case index (for handing them to another builder, see builder-parts.ts). O(bytes). */
    caseKeyParts() {
        return this.#caseKeys.parts();
    }
    /** The event-level (or case-level) attribute columns started so far. */
    attributeColumns(level) {
        return [...(level === 'event' ? this.#eventAttributes : this.#caseAttributes).values()];
    }
    /**
     * The event columns in input order, in chunks of CHUNK_SIZE events (for handing this builder's events to another,
     * see builder-parts.ts). The builder takes no more events and cannot be built. O(1) per chunk.
     */
    takeColumns() {
        if (this.#built)
            throw new Error('the log is already built');
        this.#built = true;
        const c = this.#columns;
        const columns = {
            case: c.case.takeChunks(),
            activity: c.activity.takeChunks(),
            time: c.time.takeChunks(),
            start: this.#startColumn?.takeChunks() ?? null,
            resource: c.resource.takeChunks(),
            role: c.role.takeChunks(),
            decision: c.decision.takeChunks(),
        };
        this.#local = CHUNK_SIZE;
        return columns;
    }
    /** Index of the case with this id, creating it on first sight. */
    caseIndex(caseId) {
        return this.#caseSeen(this.#caseKeys.internText(caseId));
    }
    /**
     * Index of the case whose id is the UTF-8 bytes `data[from, to)`, creating it on first sight: what a reader of
     * bytes calls, so no string is made for the id until build(). The bytes must be the id exactly as
     * {@link caseIndex} would take it (already trimmed).
     */
    caseIndexOfBytes(data, from, to) {
        return this.#caseSeen(this.#caseKeys.intern(data, from, to));
    }
    #caseSeen(index) {
        if (index === this.#lastTimeOfCase.length)
            this.#lastTimeOfCase.push(-Infinity);
        return index;
    }
    /** Appends one event from already-interned ids; returns its input position. */
    push(caseIndex, activity, time, startTime, resource, role, decision) {
        if (time < this.#lastTimeOfCase.get(caseIndex)) {
            this.#outOfOrder++;
            this.#unsortedCases.add(caseIndex);
        }
        else
            this.#lastTimeOfCase.setAt(caseIndex, time, -Infinity);
        if (this.#local === CHUNK_SIZE)
            this.#nextChunk();
        if (startTime === startTime && this.#start === null)
            this.#addStartColumn();
        const at = this.#local;
        this.#case[at] = caseIndex;
        this.#activity[at] = activity;
        this.#time[at] = time;
        if (this.#start !== null)
            this.#start[at] = startTime;
        this.#resource[at] = resource;
        this.#role[at] = role;
        this.#decision[at] = decision;
        this.#local = at + 1;
        return this.#size++;
    }
    #nextChunk() {
        if (this.#built || this.#deferred)
            throw new Error('the log is built or joined; the builder takes no more events');
        const columns = this.#columns;
        this.#case = columns.case.addChunk();
        this.#activity = columns.activity.addChunk();
        this.#time = columns.time.addChunk();
        this.#resource = columns.resource.addChunk();
        this.#role = columns.role.addChunk();
        this.#decision = columns.decision.addChunk();
        if (this.#startColumn)
            this.#start = this.#startColumn.addChunk();
        this.#local = 0;
    }
    /** Starts the start-time column, unknown (NaN) for every event so far. */
    #addStartColumn() {
        const column = new ChunkedColumn(Float64Array, NaN);
        const writing = this.#columns.time.writing;
        column.appendFill(this.#size - (writing ? this.#local : 0));
        if (writing)
            this.#start = column.addChunk();
        this.#startColumn = column;
        return column;
    }
    /**
     * Appends another builder's events (its {@link takeColumns}, `size` events) after this one's, reading its case and
     * label ids through `maps` (its id → this builder's id). The chunks become pieces of this builder's columns, so
     * nothing is copied; out-of-order events are counted against this builder's earlier events of the same case,
     * exactly as if each had been pushed. O(n) for the order check, O(chunks) otherwise.
     */
    appendColumns(columns, size, maps) {
        if (this.#built || this.#deferred)
            throw new Error('the log is built or joined; the builder takes no more events');
        this.#checkOrder(columns.case, columns.time, size, maps.case);
        const own = this.#columns;
        const filled = this.#local;
        for (const column of [own.case, own.activity, own.time, own.resource, own.role, own.decision, this.#startColumn])
            column?.sealShort(filled);
        own.case.appendChunks(columns.case, size, maps.case);
        own.activity.appendChunks(columns.activity, size, maps.activity);
        own.time.appendChunks(columns.time, size);
        own.resource.appendChunks(columns.resource, size, maps.resource);
        own.role.appendChunks(columns.role, size, maps.role);
        own.decision.appendChunks(columns.decision, size, maps.decision);
        if (columns.start !== null || this.#startColumn !== null) {
            const start = this.#startColumn ?? this.#addStartColumn();
            if (columns.start !== null)
                start.appendChunks(columns.start, size);
            else
                start.appendFill(size);
        }
        this.#size += size;
        this.#local = CHUNK_SIZE; // the next push starts a new chunk
    }
    #checkOrder(caseChunks, timeChunks, size, caseMap) {
        const cases = new Int32Array(CHUNK_SIZE);
        const times = new Float64Array(CHUNK_SIZE);
        const last = this.#lastTimeOfCase;
        for (let k = 0; k * CHUNK_SIZE < size; k++) {
            const length = Math.min(CHUNK_SIZE, size - k * CHUNK_SIZE);
            const caseValues = readable(caseChunks[k], length, cases);
            const timeValues = readable(timeChunks[k], length, times);
            for (let j = 0; j < length; j++) {
                const c = caseMap[caseValues[j]];
                const time = timeValues[j];
                if (time < last.get(c)) {
                    this.#outOfOrder++;
                    this.#unsortedCases.add(c);
                }
                else
                    last.setAt(c, time, -Infinity);
            }
        }
    }
    /** The builder of an event-level (or case-level) attribute column, created on first use. */
    attribute(name, level) {
        const columns = level === 'event' ? this.#eventAttributes : this.#caseAttributes;
        let column = columns.get(name);
        if (!column) {
            column = new AttributeBuilder(name);
            columns.set(name, column);
        }
        return column;
    }
    /** Sets another column's value on the event at input position `event`. */
    setEventAttribute(event, name, value) {
        if (value === '')
            return;
        const column = this.attribute(name, 'event');
        column.set(event, column.values.intern(value));
    }
    /** Sets a case-level attribute (the first value seen for the case wins). */
    setCaseAttribute(caseIndex, name, value) {
        if (value === '')
            return;
        const column = this.attribute(name, 'case');
        if (column.ids.length > caseIndex && column.ids.get(caseIndex) !== NONE)
            return;
        column.set(caseIndex, column.values.intern(value));
    }
    /** Appends one event given as raw strings. */
    add(row) {
        const event = this.push(this.caseIndex(row.caseId), this.activities.id(row.activity), row.time, row.startTime ?? NaN, row.resource === undefined ? NONE : this.resources.id(row.resource), row.role === undefined ? NONE : this.roles.id(row.role), row.decision === undefined ? NONE : this.decisions.id(row.decision));
        if (row.attributes)
            for (const [name, value] of Object.entries(row.attributes))
                this.setEventAttribute(event, name, value);
        return event;
    }
    /** True once an event had a start time. */
    get hasStart() {
        return this.#startColumn !== null;
    }
    /** Events per case so far, by case index. O(n). */
    caseCounts() {
        const counts = new Int32Array(this.caseCount);
        const scratch = new Int32Array(CHUNK_SIZE);
        for (const piece of this.#columns.case.pieces(this.#size)) {
            const values = readable(piece.values, piece.length, scratch);
            for (let j = 0; j < piece.length; j++) {
                const c = piece.map === null ? values[j] : piece.map[values[j]];
                counts[c] = counts[c] + 1;
            }
        }
        return counts;
    }
    /**
     * Reserves the next input positions for `part`, whose names are adopted already (`maps`: its ids → this builder's);
     * its events are placed when the log is built ({@link buildJoined}). The builder takes no more events after it.
     */
    defer(part, maps) {
        if (this.#built || this.#deferred)
            throw new Error('the log is built or already has a deferred part');
        const before = new Float64Array(maps.case.length);
        for (let k = 0; k < before.length; k++)
            before[k] = this.#lastTimeOfCase.get(maps.case[k]);
        this.#deferred = { part, maps, base: this.#size, before };
        this.#size += part.summary.size;
    }
    /**
     * The other side of {@link buildJoined}, on the deferred part's own thread: places this builder's events in the
     * shared columns as `plan` says, counting those earlier than an event read before them in the same case. The
     * builder is spent. O(n × columns).
     */
    scatterPart(plan) {
        if (this.#built)
            throw new Error('the log is already built');
        this.#built = true;
        const n = this.#size;
        const caseMap = plan.maps.case;
        const destination = new Int32Array(n);
        const next = plan.first.slice();
        const latest = plan.before.slice();
        const unsorted = new Set();
        let outOfOrder = 0;
        const cases = new Int32Array(CHUNK_SIZE);
        const times = new Float64Array(CHUNK_SIZE);
        const timePieces = this.#columns.time.pieces(n);
        let base = 0;
        for (const [k, piece] of this.#columns.case.pieces(n).entries()) {
            const caseValues = readable(piece.values, piece.length, cases);
            const timePiece = timePieces[k];
            const timeValues = readable(timePiece.values, timePiece.length, times);
            for (let j = 0; j < piece.length; j++) {
                const c = piece.map === null ? caseValues[j] : piece.map[caseValues[j]];
                const at = next[c];
                next[c] = at + 1;
                destination[base + j] = at;
                plan.columns.order[at] = plan.base + base + j;
                const time = timeValues[j];
                if (time < latest[c]) {
                    outOfOrder++;
                    unsorted.add(caseMap[c]);
                }
                else
                    latest[c] = time;
            }
            base += piece.length;
        }
        this.#columns.case.release();
        this.#scatterColumns(destination, plan.columns, plan.maps);
        return { outOfOrder, unsorted: Int32Array.from(unsorted) };
    }
    /** Moves every column but the case column through `destination` into `out`, ids through `maps` when given. */
    #scatterColumns(destination, out, maps) {
        const columns = this.#columns;
        columns.time.scatter(destination, out.time);
        if (out.startTime !== null) {
            if (this.#startColumn)
                this.#startColumn.scatter(destination, out.startTime);
            else
                for (let i = 0; i < destination.length; i++)
                    out.startTime[destination[i]] = NaN;
        }
        columns.activity.scatter(destination, out.activity, maps?.activity ?? null);
        columns.resource.scatter(destination, out.resource, maps?.resource ?? null);
        columns.role.scatter(destination, out.role, maps?.role ?? null);
        columns.decision.scatter(destination, out.decision, maps?.decision ?? null);
    }
    /** What building merged and noticed. */
    report() {
        const labelMerges = [
            ...this.activities.merges().map((merge) => ({ ...merge, column: 'activity' })),
            ...this.resources.merges().map((merge) => ({ ...merge, column: 'resource' })),
            ...this.roles.merges().map((merge) => ({ ...merge, column: 'role' })),
            ...this.decisions.merges().map((merge) => ({ ...merge, column: 'decision' })),
        ];
        return { labelMerges, outOfOrder: this.#outOfOrder };
    }
    /**
     * Sorts the events into cases and freezes the result. Each column is scattered into one exact-size array in case
     * order while its chunks are released, so the peak is about one copy of the events plus one column.
     * O(n × columns + Σ k log k over the cases that arrived out of time order).
     */
    build(source) {
        if (this.#deferred)
            throw new Error('a log with a deferred part is built with buildJoined()');
        const n = this.#begin();
        const order = groupByCase(this.#columns.case, n, this.caseCount);
        this.#columns.case.release(); // caseStart says it all now
        const columns = this.#allocate(n, this.#startColumn !== null, (length) => new Int32Array(length), order);
        this.#scatterColumns(order.destination, columns, null);
        return this.#finish(source, order.caseStart, columns);
    }
    /**
     * {@link build} for a builder with a deferred part: lays out the log, then its own events and the part's are placed
     * at once, each by its own thread, in columns on shared memory. O(n × columns / 2 + cases) on each thread.
     */
    async buildJoined(source) {
        const deferred = this.#deferred;
        if (!deferred)
            return this.build(source);
        const n = this.#begin();
        const { part, maps, base, before } = deferred;
        const summary = part.summary;
        const cases = this.caseCount;
        const after = new Int32Array(cases);
        for (let k = 0; k < maps.case.length; k++)
            after[maps.case[k]] = summary.caseCounts[k];
        const shared = (length) => new Int32Array(new SharedArrayBuffer(4 * length));
        const order = groupByCase(this.#columns.case, base, cases, after, shared);
        this.#columns.case.release();
        const columns = this.#allocate(n, this.#startColumn !== null || summary.hasStart, shared, order);
        const first = new Int32Array(maps.case.length);
        for (let k = 0; k < first.length; k++)
            first[k] = order.ownEnd[maps.case[k]];
        globalThis.__T?.('plan ready'); const placed = part.scatter({ base, maps, first, before, columns });
        this.#scatterColumns(order.destination, columns, null);
        globalThis.__T?.('own scattered'); const { outOfOrder, unsorted } = await placed; globalThis.__T?.('worker placed');
        this.#deferred = null;
        this.#outOfOrder += outOfOrder;
        for (const c of unsorted)
            this.#unsortedCases.add(c);
        return this.#finish(source, order.caseStart, columns);
    }
    /** Lets a deferred part's thread go when the log was not built with it (a read or build failed). */
    releaseDeferred() {
        const deferred = this.#deferred;
        this.#deferred = null;
        deferred?.part.release();
    }
    #begin() {
        if (this.#built)
            throw new Error('the log is already built');
        this.#built = true;
        return this.#size;
    }
    /** The log's columns, typed arrays from `allocate` (start times NaN until placed). */
    #allocate(n, withStart, allocate, order) {
        const floats = () => new Float64Array(allocate(2 * n).buffer, 0, n);
        const startTime = withStart ? floats() : null;
        return { time: floats(), startTime, activity: allocate(n), resource: allocate(n), role: allocate(n), decision: allocate(n), order: order.permutation };
    }
    /** Sorts the cases that arrived out of time order and freezes the log. */
    #finish(source, caseStart, columns) {
        const n = this.#size;
        const { time, startTime, activity, resource, role, decision, order: permutation } = columns;
        sortCasesByTime(this.#unsortedCases, caseStart, time, permutation, [startTime, activity, resource, role, decision]);
        const caseIds = this.#caseKeys.texts();
        const cases = caseIds.length;
        const padded = (ids, length) => {
            if (ids.length === length)
                return ids;
            const out = new Int32Array(length).fill(NONE);
            out.set(ids);
            return out;
        };
        const eventAttributes = [...this.#eventAttributes.values()].map((column) => Object.freeze({ name: column.name, values: column.values.freeze(), ids: gatherIds(padded(column.ids.view(), n), permutation) }));
        const caseAttributes = [...this.#caseAttributes.values()].map((column) => Object.freeze({ name: column.name, values: column.values.freeze(), ids: padded(column.ids.view(), cases).slice() }));
        const log = Object.freeze({
            activities: this.activities.dictionary.freeze(),
            resources: this.resources.dictionary.freeze(),
            roles: this.roles.dictionary.freeze(),
            decisions: this.decisions.dictionary.freeze(),
            caseIds: Object.freeze(caseIds),
            caseStart,
            activity,
            time,
            startTime,
            resource,
            role,
            decision,
            order: permutation,
            eventAttributes: Object.freeze(eventAttributes),
            caseAttributes: Object.freeze(caseAttributes),
            source: Object.freeze({ ...source, mapping: Object.freeze({ ...source.mapping }), files: Object.freeze([...source.files]) }),
        });
        this.#case = new Int32Array(0);
        this.#activity = new Int32Array(0);
        this.#time = new Float64Array(0);
        this.#start = null;
        this.#resource = new Int32Array(0);
        this.#role = new Int32Array(0);
        this.#decision = new Int32Array(0);
        this.#local = CHUNK_SIZE; // so a late push reaches #nextChunk and fails loudly
        return log;
    }
}
/** `ids` in the log's order: position i takes `ids[permutation[i]]`. O(n). */
function gatherIds(ids, permutation) {
    const out = new Int32Array(permutation.length);
    for (let i = 0; i < permutation.length; i++)
        out[i] = ids[permutation[i]];
    return out;
}
