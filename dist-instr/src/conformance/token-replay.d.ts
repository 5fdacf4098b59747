import type { EventLog } from '../log/event-log.js';
import type { PetriNet } from '../model/petri-net.js';
import { type ReplayCounts } from './replay-trace.js';
/** Replay figures of one case. */
export interface CaseReplay extends ReplayCounts {
    readonly case: string;
}
/** An activity where cases needed tokens the model did not have (they did a step the model did not allow then). */
export interface MissingAt {
    readonly activity: string;
    /** Cases with missing tokens at this activity, and the events concerned. */
    readonly cases: number;
    readonly events: number;
}
/** A place left holding tokens: work the model expected that the cases never did. */
export interface RemainingAt {
    readonly place: string;
    readonly cases: number;
    readonly tokens: number;
    /** Visible activities that would have consumed the tokens (directly or through silent transitions). */
    readonly activities: readonly string[];
}
export interface LogReplay {
    /** 0.5·(1 − Σmissing/Σconsumed) + 0.5·(1 − Σremaining/Σproduced) over all cases (PM4Py's log_fitness). */
    readonly logFitness: number;
    /** Mean of the case fitness values. */
    readonly averageTraceFitness: number;
    /** Share of cases that fit (0–1; PM4Py reports it as a percentage, percentage_of_fitting_traces). */
    readonly fittingTraces: number;
    readonly fittingTraceCount: number;
    readonly cases: number;
    readonly variants: number;
    readonly missingAt: readonly MissingAt[];
    readonly remainingAt: readonly RemainingAt[];
    /** Activities of the log the model has no transition for, with the number of events (skipped during replay). */
    readonly notInModel: readonly {
        readonly activity: string;
        readonly events: number;
    }[];
    readonly perCase: readonly CaseReplay[];
}
/**
 * Replays every case of `log` on `net` with PM4Py 2.7.11's token-based replay (see {@link TraceReplayer}) and
 * aggregates it as PM4Py's replay-fitness evaluator does. Labels are matched after {@link normalizeLabel}.
 * O(events) to group variants plus O(variants · replay cost).
 */
export declare function replayLog(log: EventLog, net: PetriNet): LogReplay;
