// The events of a log being built, in input order: one chunked column per field, written by the builder's hot path
// and handed over, appended to, or scattered into the log's case order as a whole. What LogBuilder stores; the builder
// itself decides cases, order and names.

import type { LabelMaps, LogColumns } from './builder-parts.js';
import { countByCase } from './case-order.js';
import { CHUNK_SIZE, ChunkedColumn, type Piece } from './chunked-column.js';

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

/** Another builder's ids → this builder's, per column (see LogBuilder.appendColumns). */
export interface ColumnMaps {
  readonly case: Int32Array;
  readonly activity: Int32Array;
  readonly resource: Int32Array;
  readonly role: Int32Array;
  readonly decision: Int32Array;
}

/** Append-only event columns in chunks (see chunked-column.ts). */
export class EventColumns {
  readonly case = new ChunkedColumn(Int32Array);
  readonly activity = new ChunkedColumn(Int32Array);
  readonly time = new ChunkedColumn(Float64Array);
  readonly resource = new ChunkedColumn(Int32Array);
  readonly role = new ChunkedColumn(Int32Array);
  readonly decision = new ChunkedColumn(Int32Array);
  /** Created on the first event with a start time (most exports have none). */
  #start: ChunkedColumn<Float64Array> | null = null;
  #size = 0;
  #closed = false;
  /** Next position in the current chunks; {@link CHUNK_SIZE} when a new chunk is due. */
  #local = CHUNK_SIZE;
  // The chunks being written (the hot path writes straight into them).
  #caseChunk = new Int32Array(0);
  #activityChunk = new Int32Array(0);
  #timeChunk = new Float64Array(0);
  #startChunk: Float64Array | null = null;
  #resourceChunk = new Int32Array(0);
  #roleChunk = new Int32Array(0);
  #decisionChunk = new Int32Array(0);

  /** Number of events. */
  get size(): number {
    return this.#size;
  }

  /** True once an event had a start time. */
  get hasStart(): boolean {
    return this.#start !== null;
  }

  /** Appends one event; returns its input position. O(1). */
  push(caseIndex: number, activity: number, time: number, startTime: number, resource: number, role: number, decision: number): number {
    if (this.#local === CHUNK_SIZE) this.#nextChunk();
    if (startTime === startTime && this.#startChunk === null) this.#addStartColumn();
    const at = this.#local;
    this.#caseChunk[at] = caseIndex;
    this.#activityChunk[at] = activity;
    this.#timeChunk[at] = time;
    if (this.#startChunk !== null) this.#startChunk[at] = startTime;
    this.#resourceChunk[at] = resource;
    this.#roleChunk[at] = role;
    this.#decisionChunk[at] = decision;
    this.#local = at + 1;
    return this.#size++;
  }

  /**
   * Appends another builder's events (its columns taken, `size` events), reading case and label ids through `maps`.
   * The chunks become pieces of these columns, so nothing is copied. O(chunks).
   */
  append(columns: RawColumns, size: number, maps: ColumnMaps): void {
    this.#assertOpen();
    const filled = this.#local;
    for (const column of [this.case, this.activity, this.time, this.resource, this.role, this.decision, this.#start]) column?.sealShort(filled);
    this.case.appendChunks(columns.case, size, maps.case);
    this.activity.appendChunks(columns.activity, size, maps.activity);
    this.time.appendChunks(columns.time, size);
    this.resource.appendChunks(columns.resource, size, maps.resource);
    this.role.appendChunks(columns.role, size, maps.role);
    this.decision.appendChunks(columns.decision, size, maps.decision);
    if (columns.start !== null || this.#start !== null) {
      const start = this.#start ?? this.#addStartColumn();
      if (columns.start !== null) start.appendChunks(columns.start, size);
      else start.appendFill(size);
    }
    this.#size += size;
    this.#local = CHUNK_SIZE; // the next push starts a new chunk
  }

  /** Hands over every column's chunks (see ChunkedColumn.takeChunks); no more events are taken. O(chunks). */
  take(): RawColumns {
    const columns = {
      case: this.case.takeChunks(),
      activity: this.activity.takeChunks(),
      time: this.time.takeChunks(),
      start: this.#start?.takeChunks() ?? null,
      resource: this.resource.takeChunks(),
      role: this.role.takeChunks(),
      decision: this.decision.takeChunks(),
    };
    this.close();
    return columns;
  }

  /** Takes no more events (a late push fails loudly). */
  close(): void {
    this.#closed = true;
    this.#local = CHUNK_SIZE;
    this.#caseChunk = new Int32Array(0);
    this.#activityChunk = new Int32Array(0);
    this.#timeChunk = new Float64Array(0);
    this.#startChunk = null;
    this.#resourceChunk = new Int32Array(0);
    this.#roleChunk = new Int32Array(0);
    this.#decisionChunk = new Int32Array(0);
  }

  /** Events per case, by case index (read through each piece's map), for `cases` cases. O(n). */
  caseCounts(cases: number): Int32Array {
    return countByCase(this.case, this.#size, cases);
  }

  /** Case and time pieces side by side, for a pass over both in input order. */
  caseAndTimePieces(): [Piece<Int32Array>, Piece<Float64Array>][] {
    const times = this.time.pieces(this.#size);
    return this.case.pieces(this.#size).map((piece, k) => [piece, times[k] as Piece<Float64Array>]);
  }

  /**
   * Moves the time and start-time columns through `destination` into `out` (start times NaN when these events have
   * none but `out` has the column), releasing chunks as it goes. O(n).
   */
  scatterTimes(destination: Int32Array, out: LogColumns): void {
    this.time.scatter(destination, out.time);
    if (out.startTime !== null) {
      if (this.#start) this.#start.scatter(destination, out.startTime);
      else for (let i = 0; i < destination.length; i++) out.startTime[destination[i] as number] = NaN;
    }
  }

  /** Moves the label columns through `destination` into `out`, ids through `maps` when given, releasing chunks. O(n). */
  scatterLabels(destination: Int32Array, out: LogColumns, maps: LabelMaps | null): void {
    this.activity.scatter(destination, out.activity, maps?.activity ?? null);
    this.resource.scatter(destination, out.resource, maps?.resource ?? null);
    this.role.scatter(destination, out.role, maps?.role ?? null);
    this.decision.scatter(destination, out.decision, maps?.decision ?? null);
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the log is built or joined; the builder takes no more events');
  }

  #nextChunk(): void {
    this.#assertOpen();
    this.#caseChunk = this.case.addChunk();
    this.#activityChunk = this.activity.addChunk();
    this.#timeChunk = this.time.addChunk();
    this.#resourceChunk = this.resource.addChunk();
    this.#roleChunk = this.role.addChunk();
    this.#decisionChunk = this.decision.addChunk();
    if (this.#start) this.#startChunk = this.#start.addChunk();
    this.#local = 0;
  }

  /** Starts the start-time column, unknown (NaN) for every event so far. */
  #addStartColumn(): ChunkedColumn<Float64Array> {
    const column = new ChunkedColumn(Float64Array, NaN);
    const writing = this.time.writing;
    column.appendFill(this.#size - (writing ? this.#local : 0));
    if (writing) this.#startChunk = column.addChunk();
    this.#start = column;
    return column;
  }
}
