import type { VariantRow } from '../../discovery/variants.js';
import type { InspectReport } from '../inspect-report.js';
import type { Locale } from '../i18n.js';
import { type ChartData } from './section-charts.js';
import { type ReportFinding } from './section-findings.js';
/** The process map, already rendered to SVG from escaped labels, and how it was drawn. */
export interface MapPicture {
    readonly svg: string;
    /** e.g. "frequency; colour: median waiting"; "activities 80%, paths 50%: 3 activities and 12 edges hidden". */
    readonly view: string;
    readonly simplification: string;
}
/** What-if rows: a scenario with throughput median and p90 before and after, in seconds. */
export interface ReportWhatIf {
    readonly method: string;
    readonly rows: readonly {
        readonly scenario: string;
        readonly medianBefore: number;
        readonly medianAfter: number;
        readonly p90Before: number;
        readonly p90After: number;
    }[];
}
export interface HtmlReportInput {
    readonly generatedAt: string;
    readonly log: InspectReport;
    readonly map: MapPicture | null;
    readonly findings: readonly ReportFinding[];
    readonly whatIf: ReportWhatIf | null;
    readonly charts: ChartData;
    readonly variants: {
        readonly rows: readonly VariantRow[];
        readonly total: number;
    };
    readonly formatDuration: (seconds: number) => string;
}
/** The whole report as one HTML document. Pure: the same input gives the same bytes. */
export declare function renderHtmlReport(input: HtmlReportInput, l: Locale): string;
