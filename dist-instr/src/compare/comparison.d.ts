import type { Finding, Severity } from '../audit/finding.js';
import type { VariantRow } from '../discovery/variants.js';
import type { BottleneckReport } from '../performance/analyze-bottlenecks.js';
import type { ShiftTest } from '../performance/mann-whitney.js';
import type { Summary } from '../performance/summarize.js';
/** Version of the comparison JSON; bumped only when a key changes meaning or disappears. */
export declare const COMPARISON_SCHEMA_VERSION = 1;
/** Items each list shows by default; the rest are counted (`more…`), so the output stays bounded. */
export declare const DEFAULT_LIST_LIMIT = 20;
/** What one side of a comparison is made of: the parts of a report model the comparison reads. */
export interface ComparisonInput {
    readonly log: LogSide;
    /** The bottleneck analysis (only the calendar, unit, ranked activities and case throughput are read). */
    readonly bottlenecks: Pick<BottleneckReport, 'calendar' | 'unit' | 'activities' | 'cases'>;
    /** The audit's findings. */
    readonly findings: readonly Finding[];
    /** Every variant, most frequent first ({@link variantRows} of all variants). */
    readonly variants: readonly VariantRow[];
    /** Case ids, to find cases that are in both periods (cut at the boundary); not part of the output. */
    readonly caseIds?: readonly string[];
    /** The durations behind the summaries, for the shift tests; not part of the output. Without them, tests are null. */
    readonly samples?: ComparisonSamples;
}
/** Per-case throughput and per-step waiting of one period, in the unit of its bottleneck analysis. */
export interface ComparisonSamples {
    readonly throughput: Float64Array;
    readonly waiting: ReadonlyMap<string, Float64Array>;
}
/** The log of one side. */
export interface LogSide {
    readonly files: readonly string[];
    readonly cases: number;
    readonly events: number;
    readonly timeRange: {
        readonly start: string;
        readonly end: string;
    } | null;
}
/** A figure in both periods and how it moved. `relative` is `absolute / |old|`, null when old is 0. */
export interface Delta {
    readonly old: number;
    readonly new: number;
    readonly absolute: number;
    readonly relative: number | null;
}
/** The change from `before` to `after`. O(1). */
export declare function delta(before: number, after: number): Delta;
/** Throughput figures of one side (seconds, or working seconds with a calendar): a summary without its total. */
export type ThroughputFigures = Omit<Summary, 'total'>;
export declare const THROUGHPUT_KEYS: readonly ["count", "mean", "median", "p90", "p95", "max"];
export interface ThroughputComparison {
    readonly old: ThroughputFigures;
    readonly new: ThroughputFigures;
    readonly change: Readonly<Record<keyof ThroughputFigures, {
        readonly absolute: number;
        readonly relative: number | null;
    }>>;
    /** Did case throughput shift? Mann–Whitney U of NEW against OLD; null without samples or cases. */
    readonly test: ShiftTest | null;
}
/** A step's waiting in one period; `rank` 1 = the most total waiting in that period. */
export interface StepFigures {
    readonly rank: number;
    readonly events: number;
    readonly waitingMedian: number;
    readonly waitingP90: number;
    readonly waitingTotal: number;
    readonly shareOfWaiting: number;
}
export interface PersistingStep {
    readonly name: string;
    readonly old: StepFigures;
    readonly new: StepFigures;
    /** Places climbed towards the top (old rank − new rank): positive means it became more of a bottleneck. */
    readonly rankChange: number;
    readonly waitingMedian: Delta;
    readonly waitingTotal: Delta;
    readonly shareOfWaiting: Delta;
    /** Did its waiting shift? Mann–Whitney U of NEW's waiting against OLD's; null without samples or waiting events. */
    readonly waitingTest: ShiftTest | null;
}
export interface BottleneckComparison {
    readonly totalWaiting: Delta;
    /** Steps in both periods, by their rank in NEW. */
    readonly steps: readonly PersistingStep[];
    readonly moreSteps: number;
    /** Steps only NEW has, by rank. */
    readonly appearing: readonly {
        readonly name: string;
        readonly new: StepFigures;
    }[];
    readonly moreAppearing: number;
    /** Steps only OLD had, by rank. */
    readonly vanishing: readonly {
        readonly name: string;
        readonly old: StepFigures;
    }[];
    readonly moreVanishing: number;
}
/** A finding of one period, without its case list (counted in `cases`; `exampleCases` are the first few). */
export interface FindingSummary {
    readonly key: string;
    readonly id: string;
    readonly type: string;
    readonly severity: Severity;
    readonly activities: readonly string[];
    readonly cases: number;
    readonly exampleCases: readonly string[];
    readonly metrics: Readonly<Record<string, number>>;
    readonly message: string;
}
export interface PersistingFinding {
    readonly key: string;
    readonly id: string;
    readonly type: string;
    readonly activities: readonly string[];
    readonly severity: {
        readonly old: Severity;
        readonly new: Severity;
        readonly change: 'raised' | 'lowered' | 'unchanged';
    };
    readonly cases: Delta;
    /** Every metric both periods report, in NEW's order. */
    readonly metrics: Readonly<Record<string, Delta>>;
    /** NEW's message. */
    readonly message: string;
}
export interface FindingComparison {
    /** Findings of each period. */
    readonly total: {
        readonly old: number;
        readonly new: number;
    };
    readonly counts: {
        readonly new: number;
        readonly resolved: number;
        readonly persisting: number;
        readonly raised: number;
        readonly lowered: number;
    };
    /** Per `--fail-on` level: findings NEW has at or above it that OLD did not (new ones, or persisting ones raised across it). */
    readonly regressions: {
        readonly high: number;
        readonly medium: number;
        readonly low: number;
    };
    /** Findings NEW has and OLD had not, ranked by severity then impact. */
    readonly new: readonly FindingSummary[];
    readonly moreNew: number;
    /** Findings OLD had and NEW has not, ranked by OLD's severity then impact. */
    readonly resolved: readonly FindingSummary[];
    readonly moreResolved: number;
    /** Findings in both, by NEW's severity then impact. */
    readonly persisting: readonly PersistingFinding[];
    readonly morePersisting: number;
}
/** A variant in one period (`medianThroughput` in elapsed seconds, as `redtape variants`). */
export interface VariantFigures {
    readonly count: number;
    readonly share: number;
    readonly medianThroughput: number;
}
export interface VariantComparison {
    readonly old: {
        readonly variants: number;
        readonly cases: number;
    };
    readonly new: {
        readonly variants: number;
        readonly cases: number;
    };
    readonly counts: {
        readonly appearing: number;
        readonly vanishing: number;
        readonly persisting: number;
    };
    /** Share of NEW's cases following a variant OLD never saw, and of OLD's cases following one NEW no longer sees. */
    readonly appearingShare: number;
    readonly vanishingShare: number;
    readonly appearing: readonly ({
        readonly activities: readonly string[];
    } & VariantFigures)[];
    readonly moreAppearing: number;
    readonly vanishing: readonly ({
        readonly activities: readonly string[];
    } & VariantFigures)[];
    readonly moreVanishing: number;
    /** Variants in both, by their larger share of the two periods. */
    readonly persisting: readonly {
        readonly activities: readonly string[];
        readonly old: VariantFigures;
        readonly new: VariantFigures;
        readonly share: Delta;
    }[];
    readonly morePersisting: number;
}
/** The JSON model of `redtape compare`. */
export interface Comparison {
    readonly tool: 'redtape';
    readonly schemaVersion: number;
    readonly kind: 'comparison';
    readonly old: LogSide;
    readonly new: LogSide;
    /** Unit of every duration but variants' median throughput: `seconds`, or `working seconds` with a calendar. */
    readonly unit: 'seconds' | 'working seconds';
    readonly calendar: {
        readonly workingTime: boolean;
        readonly workHours: string;
        readonly timezone: string;
        readonly holidays: number;
        readonly dayLengthSeconds: number;
    };
    readonly listLimit: number;
    /** Case ids found in both periods (a case cut at the boundary looks like two shorter, different cases). */
    readonly sharedCases: {
        readonly count: number;
        readonly examples: readonly string[];
    };
    /** Caveats about the comparison, e.g. shared cases. */
    readonly warnings: readonly string[];
    readonly throughput: ThroughputComparison;
    readonly bottlenecks: BottleneckComparison;
    readonly findings: FindingComparison;
    readonly variants: VariantComparison;
}
/** The first `limit` items and how many were left out. O(limit). */
export declare function capped<T>(items: readonly T[], limit: number): {
    shown: T[];
    more: number;
};
