// Builds the frozen EventLog from rows arriving in file order: interns labels, then sorts events into cases.

import { NONE } from './dictionary.js';
import type { EventLog, LogSource } from './event-log.js';
import { AttributeBuilder } from './attribute-builder.js';
import { LabelInterner, type LabelMerge } from './label-interner.js';
import type { DeferredPart, JoinPlan, LabelMaps, LogColumns, PartScatter } from './builder-parts.js';
import { groupByCase, layoutCases, placeOwn, placePart, sortCasesByTime, type Allocate } from './case-order.js';
import { CaseKeys, type CaseKeyParts } from './case-keys.js';
import { CaseTimeOrder } from './case-time-order.js';
import { EventColumns, type ColumnMaps, type RawColumns } from './event-columns.js';
import { freezeLog } from './freeze-log.js';

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
  /** The cases that arrived out of time order (see case-time-order.ts). */
  readonly #order = new CaseTimeOrder();
  /** The events in input order (see event-columns.ts). */
  readonly #events = new EventColumns();
  readonly #eventAttributes = new Map<string, AttributeBuilder>();
  readonly #caseAttributes = new Map<string, AttributeBuilder>();
  #built = false;
  /** A part read by another thread, joined when the log is built (see builder-parts.ts). */
  #deferred: {
    readonly part: DeferredPart;
    readonly caseMap: Int32Array;
    readonly adoptLabels: () => LabelMaps;
    readonly base: number;
    readonly before: Float64Array;
  } | null = null;
  /** The other side of a deferred join, between placing times and labels (see {@link placeTimes}). */
  #placing: { readonly destination: Int32Array; readonly columns: LogColumns; readonly result: PartScatter } | null = null;

  /** Number of events added so far (with a deferred part's). */
  get size(): number {
    return this.#events.size + (this.#deferred?.part.summary.size ?? 0);
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
    return this.#events.take();
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
    this.#order.addCase(index);
    return index;
  }

  /** Appends one event from already-interned ids; returns its input position. */
  push(caseIndex: number, activity: number, time: number, startTime: number, resource: number, role: number, decision: number): number {
    const at = this.#events.push(caseIndex, activity, time, startTime, resource, role, decision); // throws once closed
    this.#order.note(caseIndex, time);
    return at;
  }

  /**
   * Appends another builder's events (its {@link takeColumns}, `size` events) after this one's, reading its case and
   * label ids through `maps` (its id → this builder's id). The chunks become pieces of this builder's columns, so
   * nothing is copied; out-of-order events are counted against this builder's earlier events of the same case,
   * exactly as if each had been pushed. O(n) for the order check, O(chunks) otherwise.
   */
  appendColumns(columns: RawColumns, size: number, maps: ColumnMaps): void {
    if (this.#built || this.#deferred) throw new Error('the log is built or joined; the builder takes no more events');
    this.#order.noteChunks(columns.case, columns.time, size, maps.case);
    this.#events.append(columns, size, maps);
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

  /** True once an event had a start time. */
  get hasStart(): boolean {
    return this.#events.hasStart;
  }

  /** Events per case so far, by case index. O(n). */
  caseCounts(): Int32Array {
    return this.#events.caseCounts(this.caseCount);
  }

  /**
   * Reserves the next input positions for `part`, whose cases are adopted already (`caseMap`: its case indexes → this
   * builder's; `adoptLabels` adopts its labels when the log is built); its events are placed then
   * ({@link buildJoined}). The builder takes no more events after it.
   */
  defer(part: DeferredPart, caseMap: Int32Array, adoptLabels: () => LabelMaps): void {
    if (this.#built || this.#deferred) throw new Error('the log is built or already has a deferred part');
    this.#deferred = { part, caseMap, adoptLabels, base: this.#events.size, before: this.#order.latestOf(caseMap) };
    this.#events.close();
  }

  /**
   * The other side of {@link buildJoined}, on the deferred part's own thread, first step: places this builder's
   * times (and start times) and the log's input order for its events as `plan` says, counting those earlier than an
   * event read before them in the same case. Then {@link placeLabels}. O(n).
   */
  placeTimes(plan: JoinPlan): void {
    const n = this.#begin();
    const placed = placePart(this.#events.caseAndTimePieces(), n, plan);
    this.#events.case.release();
    this.#events.scatterTimes(placed.destination, plan.columns);
    this.#placing = { destination: placed.destination, columns: plan.columns, result: placed.result };
  }

  /** Second step of {@link placeTimes}: places the label columns through `maps`; the builder is spent. O(n). */
  placeLabels(maps: LabelMaps): PartScatter {
    const placing = this.#placing;
    if (!placing) throw new Error('placeLabels comes after placeTimes');
    this.#placing = null;
    this.#events.scatterLabels(placing.destination, placing.columns, maps);
    this.#events.close();
    return placing.result;
  }

  /** What building merged and noticed. */
  report(): BuildReport {
    const labelMerges = [
      ...this.activities.merges().map((merge) => ({ ...merge, column: 'activity' })),
      ...this.resources.merges().map((merge) => ({ ...merge, column: 'resource' })),
      ...this.roles.merges().map((merge) => ({ ...merge, column: 'role' })),
      ...this.decisions.merges().map((merge) => ({ ...merge, column: 'decision' })),
    ];
    return { labelMerges, outOfOrder: this.#order.outOfOrder };
  }

  /**
   * Sorts the events into cases and freezes the result. Each column is scattered into one exact-size array in case
   * order while its chunks are released, so the peak is about one copy of the events plus one column.
   * O(n × columns + Σ k log k over the cases that arrived out of time order).
   */
  build(source: LogSource): EventLog {
    if (this.#deferred) throw new Error('a log with a deferred part is built with buildJoined()');
    const n = this.#begin();
    const events = this.#events;
    const order = groupByCase(events.case, n, this.caseCount);
    events.case.release(); // caseStart says it all now
    const columns = this.#allocate(n, events.hasStart, (length) => new Int32Array(length), order.permutation);
    events.scatterTimes(order.destination, columns);
    events.scatterLabels(order.destination, columns, null);
    return this.#finish(source, order.caseStart, columns);
  }

  /**
   * {@link build} for a builder with a deferred part: lays out the log, then its own events and the part's are placed
   * at once, each by its own thread, in columns on shared memory. O(n × columns / 2 + cases) on each thread.
   */
  async buildJoined(source: LogSource): Promise<EventLog> {
    const deferred = this.#deferred;
    if (!deferred) return this.build(source);
    const n = this.#begin();
    const { part, caseMap, base, before } = deferred;
    const summary = part.summary;
    const cases = this.caseCount;
    const after = new Int32Array(cases);
    for (let k = 0; k < caseMap.length; k++) after[caseMap[k] as number] = summary.caseCounts[k] as number;
    const shared: Allocate = (length) => new Int32Array(new SharedArrayBuffer(4 * length));
    const events = this.#events;
    const layout = layoutCases(events.caseCounts(cases), after);
    const columns = this.#allocate(n, events.hasStart || summary.hasStart, shared, shared(n));
    const first = new Int32Array(caseMap.length);
    for (let k = 0; k < first.length; k++) first[k] = layout.ownEnd[caseMap[k] as number] as number;
    // The part's thread places its times as soon as the layout is known, while its labels are adopted here and these
    // events are placed (a pass of their own), then its labels while these events' columns go.
    const placing = part.scatter({ base, caseMap, first, before, columns });
    placing.labels(deferred.adoptLabels());
    const destination = placeOwn(events.case, base, layout, columns.order);
    events.case.release();
    events.scatterTimes(destination, columns);
    events.scatterLabels(destination, columns, null);
    // Decoded while the part's thread may still be placing: this thread would otherwise wait idle.
    const caseIds = this.#caseKeys.texts();
    const { outOfOrder, unsorted } = await placing.placed;
    this.#deferred = null;
    this.#order.merge(outOfOrder, unsorted);
    return this.#finish(source, layout.caseStart, columns, caseIds);
  }

  /** Lets a deferred part's thread go when the log was not built with it (a read or build failed). */
  releaseDeferred(): void {
    const deferred = this.#deferred;
    this.#deferred = null;
    deferred?.part.release();
  }

  #begin(): number {
    if (this.#built) throw new Error('the log is already built');
    this.#built = true;
    return this.size;
  }

  /** The log's columns, typed arrays from `allocate`; whoever places an event writes all of its fields, start time too. */
  #allocate(n: number, withStart: boolean, allocate: Allocate, permutation: Int32Array): LogColumns {
    const floats = (): Float64Array => new Float64Array(allocate(2 * n).buffer, 0, n);
    const startTime = withStart ? floats() : null;
    return { time: floats(), startTime, activity: allocate(n), resource: allocate(n), role: allocate(n), decision: allocate(n), order: permutation };
  }

  /** Sorts the cases that arrived out of time order and freezes the log (with the case ids, when decoded already). */
  #finish(source: LogSource, caseStart: Int32Array, columns: LogColumns, caseIds: string[] = this.#caseKeys.texts()): EventLog {
    const { time, startTime, activity, resource, role, decision, order } = columns;
    sortCasesByTime(this.#order.unsorted, caseStart, time, order, [startTime, activity, resource, role, decision]);
    const log = freezeLog({
      labels: { activities: this.activities, resources: this.resources, roles: this.roles, decisions: this.decisions },
      caseIds,
      caseStart,
      columns,
      eventAttributes: [...this.#eventAttributes.values()],
      caseAttributes: [...this.#caseAttributes.values()],
      source,
    });
    this.#events.close();
    return log;
  }
}
