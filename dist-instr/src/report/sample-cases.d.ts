import type { EventLog } from '../log/event-log.js';
/** Per sampled case: its event times and activity ids. */
export interface CaseSample {
    readonly caseId: string;
    readonly times: readonly number[];
    readonly activities: readonly number[];
}
/**
 * Up to `limit` cases taken at equal strides through the log, ordered by their first event. O(limit × case length).
 */
export declare function sampleCases(log: EventLog, limit: number): CaseSample[];
