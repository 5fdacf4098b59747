import type { NetIndex } from './hidden-paths.js';
/** Token counts and fitness of one replayed trace, as PM4Py reports them (also per case in the log's replay). */
export interface ReplayCounts {
    /** No missing and no remaining tokens (PM4Py's trace_is_fit, which ignores tokens missing from the final marking). */
    readonly fit: boolean;
    /** 0.5·(1 − missing/consumed) + 0.5·(1 − remaining/produced). */
    readonly fitness: number;
    readonly missing: number;
    readonly consumed: number;
    readonly remaining: number;
    readonly produced: number;
}
/** Counts of one replayed trace, and where it went wrong. */
export interface TraceReplay extends ReplayCounts {
    /** Visible transitions that had to be given missing tokens, in replay order. */
    readonly problems: readonly number[];
    /** Places holding tokens at the end beyond the final marking: place → tokens. */
    readonly remainingAt: ReadonlyMap<number, number>;
    /** Positions in the trace of events whose activity is not in the model (skipped, as PM4Py does). */
    readonly unknown: readonly number[];
}
/** Replays traces on one net; `transitionsOf(label)` candidates are resolved by the caller. */
export declare class TraceReplayer {
    #private;
    constructor(index: NetIndex);
    /**
     * Replays one trace given as candidate transitions per event (empty when the activity is not in the model; several
     * when the model has duplicate labels, the first enabled one is fired). O(events · silent search).
     */
    replay(trace: readonly (readonly number[])[]): TraceReplay;
}
