import type { EventLog } from '../log/event-log.js';
import { type ActivityPerformance } from './activity-performance.js';
import { type CalendarSpec, type WorkingCalendar } from './calendar.js';
import type { DurationSpec } from './duration.js';
import { type EdgePerformance } from './edge-performance.js';
import type { Holiday } from './parse-holidays.js';
import { type PeriodUnit } from './period-grid.js';
import { type ResourcePerformance } from './resource-performance.js';
import { type SlaBreaches } from './sla-breaches.js';
import { type Summary } from './summarize.js';
import type { Trend } from './trend-test.js';
import { type WorkInProgress } from './work-in-progress.js';
export interface BottleneckOptions {
    /** Working calendar; calendar time (24x7 in the log's zone) when absent. */
    readonly calendar?: CalendarSpec;
    /** Service-level limit on throughput time. */
    readonly sla?: DurationSpec;
    /** Period of the WIP, queue and trend series; `day` up to 120 days of log, `week` beyond, when absent. */
    readonly period?: PeriodUnit;
}
/** The calendar as reports echo it. */
export interface CalendarEcho {
    /** True when durations are working time (a week other than 24x7, or holidays). */
    readonly workingTime: boolean;
    /** Preset name or `custom`. */
    readonly name: string;
    readonly workHours: string;
    readonly timezone: string;
    readonly holidays: readonly Holiday[];
    /** Seconds in one working day: what "d" means in human durations, and what `wd` converts with. */
    readonly dayLengthSeconds: number;
}
export interface ActivityBottleneck extends ActivityPerformance {
    /** 1 = the longest median waiting. */
    readonly rankByMedian: number;
    /** Its total waiting over the sum of all cases' throughput times (0 … 1). */
    readonly shareOfThroughput: number;
    /** Does its waiting rise over the log's period? */
    readonly waitingTrend: Trend;
}
export interface BottleneckReport {
    readonly calendar: CalendarEcho;
    /** Unit of every duration: `seconds`, or `working seconds` with a calendar. */
    readonly unit: 'seconds' | 'working seconds';
    readonly events: number;
    readonly timeRange: {
        readonly start: string;
        readonly end: string;
    } | null;
    /** Ranked by total waiting. */
    readonly activities: readonly ActivityBottleneck[];
    readonly edges: readonly EdgePerformance[];
    /** Ranked by total waiting in front of them. */
    readonly resources: readonly ResourcePerformance[];
    readonly roles: readonly ResourcePerformance[];
    readonly cases: {
        readonly count: number;
        readonly throughput: Summary;
    };
    readonly wip: WorkInProgress;
    /** Names of the steps whose waiting rises, by slope. */
    readonly risingSteps: readonly string[];
    /** Names of the resources whose queue grows, by slope. */
    readonly growingQueues: readonly string[];
    /**
     * Cases over `--sla`. `limitUnit` is the unit of `limitSeconds` and `timeOver`: working seconds for a `wd` limit with a
     * calendar, elapsed seconds for calendar units; the steps' waiting figures are always in the report's `unit`.
     */
    readonly sla: (SlaBreaches & {
        readonly limit: string;
        readonly limitUnit: 'seconds' | 'working seconds';
    }) | null;
}
/** The calendar of `spec` built over the log, and its echo. O(n + days × spans). */
export declare function calendarOf(log: EventLog, spec: CalendarSpec): {
    calendar: WorkingCalendar;
    echo: CalendarEcho;
};
/**
 * Waiting, service, edges, resources, roles, case throughput, WIP, trends and SLA breaches of `log`.
 * Cost: O(n) expected (summaries by selection, the O(1) calendar), plus O(groups × periods²) for the trend tests.
 */
export declare function analyzeBottlenecks(log: EventLog, options?: BottleneckOptions): BottleneckReport;
