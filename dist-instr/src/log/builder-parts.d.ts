import type { CaseKeyParts } from './case-keys.js';
import type { InternerParts } from './label-interner.js';
import type { ColumnMaps, LogBuilder, RawColumns } from './log-builder.js';
/** An attribute column as plain data: value names by id, and the value id per event (or per case). */
export interface AttributeParts {
    readonly name: string;
    readonly values: readonly string[];
    readonly ids: Int32Array;
}
/** A builder's names: case ids, labels and attribute values, as plain data. */
export interface PartNames {
    /** Events of the part. */
    readonly size: number;
    /** Case ids as UTF-8 bytes, by case index. */
    readonly caseKeys: CaseKeyParts;
    readonly labels: {
        readonly activities: InternerParts;
        readonly resources: InternerParts;
        readonly roles: InternerParts;
        readonly decisions: InternerParts;
    };
    readonly eventAttributes: readonly AttributeParts[];
    readonly caseAttributes: readonly AttributeParts[];
}
/** Everything a builder holds before build(), as plain data (typed arrays are transferable). */
export interface BuilderParts extends PartNames {
    readonly columns: RawColumns;
}
/** What a part whose events stay on their thread sends: its names, and its events per case. */
export interface PartSummary extends PartNames {
    readonly caseCounts: Int32Array;
    /** True when some of its events have a start time. */
    readonly hasStart: boolean;
}
/** The columns of the log being built, on shared memory: each thread writes the positions of its own events. */
export interface SharedColumns {
    readonly time: Float64Array;
    readonly startTime: Float64Array | null;
    readonly activity: Int32Array;
    readonly resource: Int32Array;
    readonly role: Int32Array;
    readonly decision: Int32Array;
    /** Input position per log position (the log's `order`). */
    readonly order: Int32Array;
}
/** Where a deferred part's events go, sent to its thread when the log is built. */
export interface JoinPlan {
    /** Input position of the part's first event. */
    readonly base: number;
    /** The part's ids → the log's, per column. */
    readonly maps: ColumnMaps;
    /** Per case of the part: the log position of its first event (its events follow in input order). */
    readonly first: Int32Array;
    /** Per case of the part: the latest time among the events read before the part (-Infinity for none). */
    readonly before: Float64Array;
    readonly columns: SharedColumns;
}
/** What the part's thread reports once its events are placed. */
export interface PartScatter {
    /** Its events earlier than an event read before them in the same case. */
    readonly outOfOrder: number;
    /** Log case indexes of the cases that now need sorting by time. */
    readonly unsorted: Int32Array;
}
/** A part read by another thread whose events stay there until the log is built. */
export interface DeferredPart {
    readonly summary: PartSummary;
    /** Has the part's thread place its events as planned. */
    scatter(plan: JoinPlan): Promise<PartScatter>;
    /** Lets the part's thread go when the log will not be built. */
    release(): void;
}
/** Takes a builder's events and labels as plain data; the builder is spent. O(n). */
export declare function builderParts(builder: LogBuilder): BuilderParts;
/** A builder's names and per-case counts, for joining it as a deferred part; its events stay. O(n + cases). */
export declare function partSummary(builder: LogBuilder): PartSummary;
/** The buffers of `parts` (or of a summary), to transfer rather than copy them to another thread. */
export declare function transferables(parts: BuilderParts | PartSummary): ArrayBuffer[];
/**
 * Appends the events of `parts` to `builder` as if they had been read after its own: names are adopted (see
 * adoptNames), out-of-order events are counted against the builder's earlier events of the same case, and input
 * positions continue. The chunks of `parts` become the builder's (read through id maps when the log is built), so
 * joining copies no events. O(cases + labels + n) for the order check, plus O(n) per event attribute.
 */
export declare function absorbParts(builder: LogBuilder, parts: BuilderParts): void;
/**
 * Joins a part whose events stay on its thread: names are adopted now (so case and label ids come out as if it were
 * absorbed), and its events are placed by its thread when the log is built ({@link LogBuilder.buildJoined}); the
 * builder takes no more events. O(cases + labels).
 */
export declare function deferPart(builder: LogBuilder, part: DeferredPart): void;
