import type { EventLog, LogSource } from './event-log.js';
import { AttributeBuilder } from './attribute-builder.js';
import { LabelInterner, type LabelMerge } from './label-interner.js';
import type { DeferredPart, JoinPlan, PartScatter } from './builder-parts.js';
import { type CaseKeyParts } from './case-keys.js';
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
    readonly labelMerges: readonly (LabelMerge & {
        readonly column: string;
    })[];
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
export declare class LogBuilder {
    #private;
    readonly activities: LabelInterner;
    readonly resources: LabelInterner;
    readonly roles: LabelInterner;
    readonly decisions: LabelInterner;
    /** Number of events added so far. */
    get size(): number;
    /** Number of cases so far. */
    get caseCount(): number;
    /** The case ids so far as bytes, by case index (for handing them to another builder, see builder-parts.ts). O(bytes). */
    caseKeyParts(): CaseKeyParts;
    /** The event-level (or case-level) attribute columns started so far. */
    attributeColumns(level: 'event' | 'case'): readonly AttributeBuilder[];
    /**
     * The event columns in input order, in chunks of CHUNK_SIZE events (for handing this builder's events to another,
     * see builder-parts.ts). The builder takes no more events and cannot be built. O(1) per chunk.
     */
    takeColumns(): RawColumns;
    /** Index of the case with this id, creating it on first sight. */
    caseIndex(caseId: string): number;
    /**
     * Index of the case whose id is the UTF-8 bytes `data[from, to)`, creating it on first sight: what a reader of
     * bytes calls, so no string is made for the id until build(). The bytes must be the id exactly as
     * {@link caseIndex} would take it (already trimmed).
     */
    caseIndexOfBytes(data: Uint8Array, from: number, to: number): number;
    /** Appends one event from already-interned ids; returns its input position. */
    push(caseIndex: number, activity: number, time: number, startTime: number, resource: number, role: number, decision: number): number;
    /**
     * Appends another builder's events (its {@link takeColumns}, `size` events) after this one's, reading its case and
     * label ids through `maps` (its id → this builder's id). The chunks become pieces of this builder's columns, so
     * nothing is copied; out-of-order events are counted against this builder's earlier events of the same case,
     * exactly as if each had been pushed. O(n) for the order check, O(chunks) otherwise.
     */
    appendColumns(columns: RawColumns, size: number, maps: ColumnMaps): void;
    /** The builder of an event-level (or case-level) attribute column, created on first use. */
    attribute(name: string, level: 'event' | 'case'): AttributeBuilder;
    /** Sets another column's value on the event at input position `event`. */
    setEventAttribute(event: number, name: string, value: string): void;
    /** Sets a case-level attribute (the first value seen for the case wins). */
    setCaseAttribute(caseIndex: number, name: string, value: string): void;
    /** Appends one event given as raw strings. */
    add(row: EventRow): number;
    /** True once an event had a start time. */
    get hasStart(): boolean;
    /** Events per case so far, by case index. O(n). */
    caseCounts(): Int32Array;
    /**
     * Reserves the next input positions for `part`, whose names are adopted already (`maps`: its ids → this builder's);
     * its events are placed when the log is built ({@link buildJoined}). The builder takes no more events after it.
     */
    defer(part: DeferredPart, maps: ColumnMaps): void;
    /**
     * The other side of {@link buildJoined}, on the deferred part's own thread: places this builder's events in the
     * shared columns as `plan` says, counting those earlier than an event read before them in the same case. The
     * builder is spent. O(n × columns).
     */
    scatterPart(plan: JoinPlan): PartScatter;
    /** What building merged and noticed. */
    report(): BuildReport;
    /**
     * Sorts the events into cases and freezes the result. Each column is scattered into one exact-size array in case
     * order while its chunks are released, so the peak is about one copy of the events plus one column.
     * O(n × columns + Σ k log k over the cases that arrived out of time order).
     */
    build(source: LogSource): EventLog;
    /**
     * {@link build} for a builder with a deferred part: lays out the log, then its own events and the part's are placed
     * at once, each by its own thread, in columns on shared memory. O(n × columns / 2 + cases) on each thread.
     */
    buildJoined(source: LogSource): Promise<EventLog>;
    /** Lets a deferred part's thread go when the log was not built with it (a read or build failed). */
    releaseDeferred(): void;
}
