import { dfgMap, type MapMetric } from '../discovery/process-map.js';
import { type VariantRow } from '../discovery/variants.js';
import type { Diagnostics } from '../io/read-options.js';
import type { EventLog } from '../log/event-log.js';
import { type BottleneckOptions, type BottleneckReport } from '../performance/analyze-bottlenecks.js';
import type { ReportFinding } from './html/section-findings.js';
import { type InspectReport } from './inspect-report.js';
import { mapDocument } from './render-map.js';
import { type CaseSample } from './sample-cases.js';
/** Version of the report JSON; bumped only when a key changes meaning or disappears. */
export declare const REPORT_SCHEMA_VERSION = 1;
export interface ReportOptions {
    readonly generatedAt: string;
    readonly bottlenecks: BottleneckOptions;
    /** Edge metric of the map: waiting time (`median`, …) for the performance view, `frequency` otherwise. */
    readonly metric: MapMetric;
    /** Simplification percentages; chosen automatically for large maps when absent. */
    readonly activities?: number;
    readonly paths?: number;
    /** Epoch ms treated as "now" (timestamps after it are flagged). */
    readonly now: number;
    /** Findings and what-if of an audit run on the same log (the report command runs it). */
    readonly audit?: {
        readonly findings: readonly ReportFinding[];
        readonly whatIf: unknown;
    };
}
/** The JSON model. */
export interface ReportModel {
    readonly tool: 'redtape';
    readonly schemaVersion: number;
    readonly generatedAt: string;
    readonly log: InspectReport;
    readonly map: ReturnType<typeof mapDocument> & {
        readonly view: string;
        readonly simplification: string;
    };
    readonly bottlenecks: BottleneckReport;
    /** The audit's findings, ranked (severity, then impact). */
    readonly findings: readonly ReportFinding[];
    /** The audit's what-if estimate; null when no audit ran. */
    readonly whatIf: unknown;
    readonly variants: {
        readonly total: number;
        readonly shown: number;
        readonly rows: readonly VariantRow[];
    };
}
/** Data for the pictures only (not in the JSON: too large or not meaningful there). */
export interface ReportPictures {
    readonly throughputSeconds: readonly number[];
    readonly sample: readonly CaseSample[];
    readonly activityNames: readonly string[];
    readonly map: ReturnType<typeof dfgMap>;
}
/**
 * Runs profile, process map, bottlenecks and variants on `log`. Pure and deterministic: the same log and options give
 * the same model. Cost: dominated by the bottleneck analysis (O(n) with one radix sort) and the DFG (O(n)).
 */
export declare function buildReport(log: EventLog, diagnostics: Diagnostics, options: ReportOptions): {
    model: ReportModel;
    pictures: ReportPictures;
};
