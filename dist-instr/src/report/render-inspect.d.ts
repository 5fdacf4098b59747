import type { InspectReport } from './inspect-report.js';
import { type Style } from './style.js';
/** Human-readable text; `style` adds emphasis. */
export declare function renderInspectText(report: InspectReport, style?: Style): string;
/** The report as indented JSON. */
export declare function renderInspectJson(report: InspectReport): string;
/** Markdown tables for wikis and merge requests. */
export declare function renderInspectMarkdown(report: InspectReport): string;
