import type { EventLog } from './event-log.js';
/** A name with how many events carry it. */
export interface NameCount {
    readonly name: string;
    readonly count: number;
}
/** Summary and data-quality figures of a log. */
export interface LogProfile {
    readonly events: number;
    readonly cases: number;
    /** By count descending, then name. */
    readonly activities: readonly NameCount[];
    readonly resources: readonly NameCount[];
    readonly roles: readonly NameCount[];
    readonly decisions: readonly NameCount[];
    /** ISO UTC instants of the first and last event; null for an empty log. */
    readonly timeRange: {
        readonly start: string;
        readonly end: string;
    } | null;
    readonly eventsPerCase: {
        readonly min: number;
        readonly median: number;
        readonly max: number;
    };
    readonly quality: {
        /** Events equal to an earlier event of the same case in activity, time and resource. */
        readonly duplicateEvents: number;
        readonly duplicateExamples: readonly string[];
        readonly singleEventCases: number;
        /** Events later than `now`. */
        readonly futureEvents: number;
        /** Events whose start time is after their end time. */
        readonly startAfterEnd: number;
    };
}
/**
 * Profiles `log`: counts per dictionary, time range, events per case, duplicates (same case, activity, time and
 * resource), single-event cases, events after `now` (epoch ms) and events that start after they end. O(n) plus
 * O(k log k) per case to find duplicates among events with equal times.
 */
export declare function profileLog(log: EventLog, now: number): LogProfile;
