import type { ReportModel, ReportPictures } from './build-report.js';
import type { ReportFinding } from './html/section-findings.js';
/** Markdown report: summary, data quality, map, findings, bottlenecks, variants. Pure. */
export declare function renderReportMarkdown(model: ReportModel, pictures: ReportPictures, findings: readonly ReportFinding[]): string;
