// Builds the frozen EventLog from rows arriving in file order: interns labels, then sorts events into cases.

import { Dictionary, NONE } from './dictionary.js';
import type { AttributeColumn, EventLog, LogSource } from './event-log.js';
import { Growable } from './growable.js';
import { LabelInterner, type LabelMerge } from './label-interner.js';
import { permuteInPlace, sortCaseByTime } from './permute-in-place.js';

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

/** A column of other data being built; readers keep the handle to skip the name lookup per value. */
export class AttributeBuilder {
  readonly values = new Dictionary();
  readonly ids = new Growable(Int32Array);
  constructor(readonly name: string) {}

  /** Sets the value id of event (or case) `index`. */
  set(index: number, id: number): void {
    this.ids.setAt(index, id, NONE);
  }
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
  readonly #caseIndex = new Map<string, number>();
  readonly #caseIds: string[] = [];
  readonly #lastTimeOfCase = new Growable(Float64Array);
  // Event columns in input order, grown together by doubling (one capacity check per event on the ingest hot path).
  #size = 0;
  #case = new Int32Array(1024);
  #activity = new Int32Array(1024);
  #time = new Float64Array(1024);
  /** Allocated on the first event with a start time (most exports have none). */
  #start: Float64Array | null = null;
  #resource = new Int32Array(1024);
  #role = new Int32Array(1024);
  #decision = new Int32Array(1024);
  readonly #eventAttributes = new Map<string, AttributeBuilder>();
  readonly #caseAttributes = new Map<string, AttributeBuilder>();
  #outOfOrder = 0;

  /** Number of events added so far. */
  get size(): number {
    return this.#size;
  }

  /** Index of the case with this id, creating it on first sight. */
  caseIndex(caseId: string): number {
    let index = this.#caseIndex.get(caseId);
    if (index === undefined) {
      index = this.#caseIds.length;
      this.#caseIndex.set(caseId, index);
      this.#caseIds.push(caseId);
      this.#lastTimeOfCase.push(-Infinity);
    }
    return index;
  }

  /** Appends one event from already-interned ids; returns its input position. */
  push(caseIndex: number, activity: number, time: number, startTime: number, resource: number, role: number, decision: number): number {
    if (time < this.#lastTimeOfCase.get(caseIndex)) this.#outOfOrder++;
    else this.#lastTimeOfCase.setAt(caseIndex, time, -Infinity);
    const at = this.#size;
    if (at === this.#activity.length) this.#grow();
    if (startTime === startTime && this.#start === null) this.#start = new Float64Array(this.#activity.length).fill(NaN);
    this.#case[at] = caseIndex;
    this.#activity[at] = activity;
    this.#time[at] = time;
    if (this.#start !== null) this.#start[at] = startTime;
    this.#resource[at] = resource;
    this.#role[at] = role;
    this.#decision[at] = decision;
    this.#size = at + 1;
    return at;
  }

  #grow(): void {
    // 1.5× growth: at most a third of the capacity is unused once the log is built (it keeps these buffers).
    const capacity = Math.ceil(this.#activity.length * 1.5);
    const int = (column: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(capacity);
      next.set(column);
      return next;
    };
    const float = (column: Float64Array): Float64Array<ArrayBuffer> => {
      const next = new Float64Array(capacity);
      next.set(column);
      return next;
    };
    this.#case = int(this.#case);
    this.#activity = int(this.#activity);
    this.#time = float(this.#time);
    if (this.#start !== null) {
      const start = new Float64Array(capacity).fill(NaN);
      start.set(this.#start);
      this.#start = start;
    }
    this.#resource = int(this.#resource);
    this.#role = int(this.#role);
    this.#decision = int(this.#decision);
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
   * Sorts the events into cases and freezes the result. Columns are permuted in place (cycle by cycle), so building
   * needs no second copy of the events: the peak is the columns plus one Int32Array.
   */
  build(source: LogSource): EventLog {
    const n = this.#size;
    const caseOf = this.#case.subarray(0, n);
    const time = this.#time.subarray(0, n);
    const cases = this.#caseIds.length;
    const caseStart = new Int32Array(cases + 1);
    for (let i = 0; i < n; i++) {
      const slot = (caseOf[i] as number) + 1;
      caseStart[slot] = (caseStart[slot] as number) + 1;
    }
    for (let c = 0; c < cases; c++) caseStart[c + 1] = (caseStart[c + 1] as number) + (caseStart[c] as number);
    const fill = caseStart.slice(0, cases);
    const permutation = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = caseOf[i] as number;
      const at = fill[c] as number;
      permutation[at] = i;
      fill[c] = at + 1;
    }
    for (let c = 0; c < cases; c++) sortCaseByTime(permutation, caseStart[c] as number, caseStart[c + 1] as number, time);
    const padded = (ids: Int32Array, length: number): Int32Array => {
      if (ids.length === length) return ids.slice();
      const out = new Int32Array(length).fill(NONE);
      out.set(ids);
      return out;
    };
    const eventAttributeIds = [...this.#eventAttributes.values()].map((column) => padded(column.ids.view(), n));
    const intColumns = [this.#activity, this.#resource, this.#role, this.#decision, ...eventAttributeIds].map((column) => column.subarray(0, n));
    const floatColumns = [time, ...(this.#start ? [this.#start.subarray(0, n)] : [])];
    permuteInPlace(permutation, intColumns, floatColumns);
    const [activity, resource, role, decision] = intColumns as [Int32Array, Int32Array, Int32Array, Int32Array];
    const eventAttributes: AttributeColumn[] = [...this.#eventAttributes.values()].map((column, k) =>
      Object.freeze({ name: column.name, values: column.values.freeze(), ids: intColumns[4 + k] as Int32Array }),
    );
    const caseAttributes: AttributeColumn[] = [...this.#caseAttributes.values()].map((column) =>
      Object.freeze({ name: column.name, values: column.values.freeze(), ids: padded(column.ids.view(), cases) }),
    );
    const log: EventLog = Object.freeze({
      activities: this.activities.dictionary.freeze(),
      resources: this.resources.dictionary.freeze(),
      roles: this.roles.dictionary.freeze(),
      decisions: this.decisions.dictionary.freeze(),
      caseIds: Object.freeze(this.#caseIds.slice()),
      caseStart,
      activity,
      time,
      startTime: this.#start ? (floatColumns[1] as Float64Array) : null,
      resource,
      role,
      decision,
      order: permutation,
      eventAttributes: Object.freeze(eventAttributes),
      caseAttributes: Object.freeze(caseAttributes),
      source: Object.freeze({ ...source, mapping: Object.freeze({ ...source.mapping }), files: Object.freeze([...source.files]) }),
    });
    // The builder hands its columns to the log; it must not write into them again.
    this.#case = new Int32Array(0);
    this.#activity = new Int32Array(0);
    this.#time = new Float64Array(0);
    this.#start = null;
    this.#resource = new Int32Array(0);
    this.#role = new Int32Array(0);
    this.#decision = new Int32Array(0);
    this.#size = 0;
    return log;
  }
}
