import type { EventLog } from '../src/log/event-log.js';
/** One benchmarked analysis of the ingested log. */
export interface BenchStage {
    readonly name: string;
    run(log: EventLog): unknown;
    /** A line printed under the table about what the stage produced (e.g. the size of the HTML). */
    note?(value: unknown): string;
}
export declare const BENCH_STAGES: readonly BenchStage[];
