// Builds the frozen EventLog from rows arriving in file order: interns labels, then sorts events into cases.

import { NONE } from './dictionary.js';
import type { AttributeColumn, EventLog, LogSource } from './event-log.js';
import { AttributeBuilder } from './attribute-builder.js';
import { Growable } from './growable.js';
import { LabelInterner, type LabelMerge } from './label-interner.js';
import { groupByCase, sortCasesByTime } from './case-order.js';
import { CaseKeys, type CaseKeyParts } from './case-keys.js';
import { CHUNK_SIZE, ChunkedColumn, readable } from './chunked-column.js';

/** One event as a reader sees it; labels are raw (they are normalized here). */
export interface EventRow {
  readonly caseId: string;
  readonly activity: string;
  /** End time, epoch ms UTC. */
  readonly time: number;
  readonly startTime?: number;
  readonly resource?: string;
  readonly role?: string;
  readonly decision?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Label merges per column, for the data-quality report. */
export interface BuildReport {
  readonly labelMerges: readonly (LabelMerge & { readonly column: string })[];
  /** Events whose time is earlier than the previous event of the same case in the input. */
  readonly outOfOrder: number;
}

/** A builder's events in input order, in chunks of CHUNK_SIZE: case index, label ids into its own interners, times. */
export interface RawColumns {
  readonly case: Int32Array[];
  readonly activity: Int32Array[];
  readonly time: Float64Array[];
  readonly start: Float64Array[] | null;
  readonly resource: Int32Array[];
  readonly role: Int32Array[];
  readonly decision: Int32Array[];
}

/** Another builder's ids → this builder's, per column (see {@link LogBuilder.appendColumns}). */
export interface ColumnMaps {
  readonly case: Int32Array;
  readonly activity: Int32Array;
  readonly resource: Int32Array;
  readonly role: Int32Array;
  readonly decision: Int32Array;
}

/**
 * Accumulates events in input order, then {@link LogBuilder.build} sorts them into cases (first-appearance order of
 * cases; within a case by time, then input order). Build is O(n + Σ k log k) for cases of k events, and O(n) when the
 * input is already in time order within each case (the common export).
 */
export class LogBuilder {
  readonly activities = new LabelInterner();
  readonly resources = new LabelInterner();
  readonly roles = new LabelInterner();
  readonly decisions = new LabelInterner();
  /** Case ids as bytes until build() (see case-keys.ts). */
  readonly #caseKeys = new CaseKeys();
  readonly #lastTimeOfCase = new Growable(Float64Array);
  /** Cases with an event earlier than one before it in the input: the only ones build() must sort. */
  readonly #unsortedCases = new Set<number>();
  // Event columns in input order, in chunks; the builder writes into the current chunk of each (the hot path).
  readonly #columns = {
    case: new ChunkedColumn(Int32Array),
    activity: new ChunkedColumn(Int32Array),
    time: new ChunkedColumn(Float64Array),
    resource: new ChunkedColumn(Int32Array),
    role: new ChunkedColumn(Int32Array),
    decision: new ChunkedColumn(Int32Array),
  };
  /** Created on the first event with a start time (most exports have none). */
  #startColumn: ChunkedColumn<Float64Array> | null = null;
  #size = 0;
  /** Next position in the current chunks; {@link CHUNK_SIZE} when a new chunk is due. */
  #local = CHUNK_SIZE;
  #case = new Int32Array(0);
  #activity = new Int32Array(0);
  #time = new Float64Array(0);
  #start: Float64Array | null = null;
  #resource = new Int32Array(0);
  #role = new Int32Array(0);
  #decision = new Int32Array(0);
  readonly #eventAttributes = new Map<string, AttributeBuilder>();
  readonly #caseAttributes = new Map<string, AttributeBuilder>();
  #outOfOrder = 0;
  #built = false;

  /** Number of events added so far. */
  get size(): number {
    return this.#size;
  }

  /** Number of cases so far. */
  get caseCount(): number {
    return this.#caseKeys.size;
  }

  /** The case ids so far as bytes, by case index (for handing them to another builder, see builder-parts.ts). O(bytes). */
  caseKeyParts(): CaseKeyParts {
    return this.#caseKeys.parts();
  }

  /** The event-level (or case-level) attribute columns started so far. */
  attributeColumns(level: 'event' | 'case'): readonly AttributeBuilder[] {
    return [...(level === 'event' ? this.#eventAttributes : this.#caseAttributes).values()];
  }

  /**
   * The event columns in input order, in chunks of CHUNK_SIZE events (for handing this builder's events to another,
   * see builder-parts.ts). The builder takes no more events and cannot be built. O(1) per chunk.
   */
  takeColumns(): RawColumns {
    if (this.#built) throw new Error('the log is already built');
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
  caseIndex(caseId: string): number {
    return this.#caseSeen(this.#caseKeys.internText(caseId));
  }

  /**
   * Index of the case whose id is the UTF-8 bytes `data[from, to)`, creating it on first sight: what a reader of
   * bytes calls, so no string is made for the id until build(). The bytes must be the id exactly as
   * {@link caseIndex} would take it (already trimmed).
   */
  caseIndexOfBytes(data: Uint8Array, from: number, to: number): number {
    return this.#caseSeen(this.#caseKeys.intern(data, from, to));
  }

  #caseSeen(index: number): number {
    if (index === this.#lastTimeOfCase.length) this.#lastTimeOfCase.push(-Infinity);
    return index;
  }

  /** Appends one event from already-interned ids; returns its input position. */
  push(caseIndex: number, activity: number, time: number, startTime: number, resource: number, role: number, decision: number): number {
    if (time < this.#lastTimeOfCase.get(caseIndex)) {
      this.#outOfOrder++;
      this.#unsortedCases.add(caseIndex);
    } else this.#lastTimeOfCase.setAt(caseIndex, time, -Infinity);
    if (this.#local === CHUNK_SIZE) this.#nextChunk();
    if (startTime === startTime && this.#start === null) this.#addStartColumn();
    const at = this.#local;
    this.#case[at] = caseIndex;
    this.#activity[at] = activity;
    this.#time[at] = time;
    if (this.#start !== null) this.#start[at] = startTime;
    this.#resource[at] = resource;
    this.#role[at] = role;
    this.#decision[at] = decision;
    this.#local = at + 1;
    return this.#size++;
  }

  #nextChunk(): void {
    if (this.#built) throw new Error('the log is built; the builder takes no more events');
    const columns = this.#columns;
    this.#case = columns.case.addChunk();
    this.#activity = columns.activity.addChunk();
    this.#time = columns.time.addChunk();
    this.#resource = columns.resource.addChunk();
    this.#role = columns.role.addChunk();
    this.#decision = columns.decision.addChunk();
    if (this.#startColumn) this.#start = this.#startColumn.addChunk();
    this.#local = 0;
  }

  /** Starts the start-time column, unknown (NaN) for every event so far. */
  #addStartColumn(): ChunkedColumn<Float64Array> {
    const column = new ChunkedColumn(Float64Array, NaN);
    const writing = this.#columns.time.writing;
    column.appendFill(this.#size - (writing ? this.#local : 0));
    if (writing) this.#start = column.addChunk();
    this.#startColumn = column;
    return column;
  }

  /**
   * Appends another builder's events (its {@link takeColumns}, `size` events) after this one's, reading its case and
   * label ids through `maps` (its id → this builder's id). The chunks become pieces of this builder's columns, so
   * nothing is copied; out-of-order events are counted against this builder's earlier events of the same case,
   * exactly as if each had been pushed. O(n) for the order check, O(chunks) otherwise.
   */
  appendColumns(columns: RawColumns, size: number, maps: ColumnMaps): void {
    if (this.#built) throw new Error('the log is built; the builder takes no more events');
    this.#checkOrder(columns.case, columns.time, size, maps.case);
    const own = this.#columns;
    const filled = this.#local;
    for (const column of [own.case, own.activity, own.time, own.resource, own.role, own.decision, this.#startColumn]) column?.sealShort(filled);
    own.case.appendChunks(columns.case, size, maps.case);
    own.activity.appendChunks(columns.activity, size, maps.activity);
    own.time.appendChunks(columns.time, size);
    own.resource.appendChunks(columns.resource, size, maps.resource);
    own.role.appendChunks(columns.role, size, maps.role);
    own.decision.appendChunks(columns.decision, size, maps.decision);
    if (columns.start !== null || this.#startColumn !== null) {
      const start = this.#startColumn ?? this.#addStartColumn();
      if (columns.start !== null) start.appendChunks(columns.start, size);
      else start.appendFill(size);
    }
    this.#size += size;
    this.#local = CHUNK_SIZE; // the next push starts a new chunk
  }

  #checkOrder(caseChunks: readonly Int32Array[], timeChunks: readonly Float64Array[], size: number, caseMap: Int32Array): void {
    const cases = new Int32Array(CHUNK_SIZE);
    const times = new Float64Array(CHUNK_SIZE);
    const last = this.#lastTimeOfCase;
    for (let k = 0; k * CHUNK_SIZE < size; k++) {
      const length = Math.min(CHUNK_SIZE, size - k * CHUNK_SIZE);
      const caseValues = readable(caseChunks[k] as Int32Array, length, cases);
      const timeValues = readable(timeChunks[k] as Float64Array, length, times);
      for (let j = 0; j < length; j++) {
        const c = caseMap[caseValues[j] as number] as number;
        const time = timeValues[j] as number;
        if (time < last.get(c)) {
          this.#outOfOrder++;
          this.#unsortedCases.add(c);
        } else last.setAt(c, time, -Infinity);
      }
    }
  }

  /** The builder of an event-level (or case-level) attribute column, created on first use. */
  attribute(name: string, level: 'event' | 'case'): AttributeBuilder {
    const columns = level === 'event' ? this.#eventAttributes : this.#caseAttributes;
    let column = columns.get(name);
    if (!column) {
      column = new AttributeBuilder(name);
      columns.set(name, column);
    }
    return column;
  }

  /** Sets another column's value on the event at input position `event`. */
  setEventAttribute(event: number, name: string, value: string): void {
    if (value === '') return;
    const column = this.attribute(name, 'event');
    column.set(event, column.values.intern(value));
  }

  /** Sets a case-level attribute (the first value seen for the case wins). */
  setCaseAttribute(caseIndex: number, name: string, value: string): void {
    if (value === '') return;
    const column = this.attribute(name, 'case');
    if (column.ids.length > caseIndex && column.ids.get(caseIndex) !== NONE) return;
    column.set(caseIndex, column.values.intern(value));
  }

  /** Appends one event given as raw strings. */
  add(row: EventRow): number {
    const event = this.push(
      this.caseIndex(row.caseId),
      this.activities.id(row.activity),
      row.time,
      row.startTime ?? NaN,
      row.resource === undefined ? NONE : this.resources.id(row.resource),
      row.role === undefined ? NONE : this.roles.id(row.role),
      row.decision === undefined ? NONE : this.decisions.id(row.decision),
    );
    if (row.attributes) for (const [name, value] of Object.entries(row.attributes)) this.setEventAttribute(event, name, value);
    return event;
  }

  /** What building merged and noticed. */
  report(): BuildReport {
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
  build(source: LogSource): EventLog {
    if (this.#built) throw new Error('the log is already built');
    this.#built = true;
    const n = this.#size;
    const caseIds = this.#caseKeys.texts();
    const cases = caseIds.length;
    const columns = this.#columns;
    const order = groupByCase(columns.case, n, cases);
    columns.case.release(); // caseStart says it all now
    const time = columns.time.scatter(order.destination);
    sortCasesByTime(this.#unsortedCases, order, time);
    const { caseStart, permutation, destination } = order;
    const activity = columns.activity.scatter(destination);
    const startTime = this.#startColumn?.scatter(destination) ?? null;
    const resource = columns.resource.scatter(destination);
    const role = columns.role.scatter(destination);
    const decision = columns.decision.scatter(destination);
    const padded = (ids: Int32Array, length: number): Int32Array => {
      if (ids.length === length) return ids;
      const out = new Int32Array(length).fill(NONE);
      out.set(ids);
      return out;
    };
    const eventAttributes: AttributeColumn[] = [...this.#eventAttributes.values()].map((column) =>
      Object.freeze({ name: column.name, values: column.values.freeze(), ids: gatherIds(padded(column.ids.view(), n), permutation) }),
    );
    const caseAttributes: AttributeColumn[] = [...this.#caseAttributes.values()].map((column) =>
      Object.freeze({ name: column.name, values: column.values.freeze(), ids: padded(column.ids.view(), cases).slice() }),
    );
    const log: EventLog = Object.freeze({
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
function gatherIds(ids: Int32Array, permutation: Int32Array): Int32Array {
  const out = new Int32Array(permutation.length);
  for (let i = 0; i < permutation.length; i++) out[i] = ids[permutation[i] as number] as number;
  return out;
}
