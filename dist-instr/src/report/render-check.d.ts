import type { CheckReport } from './check-report.js';
import { type Style } from './style.js';
/** Human-readable text; `style` adds emphasis. */
export declare function renderCheckText(report: CheckReport, style?: Style): string;
/** Markdown. */
export declare function renderCheckMarkdown(report: CheckReport): string;
/** JSON: the whole report, every violating case and every replayed case. */
export declare function renderCheckJson(report: CheckReport): string;
/** CSV: one row per rule and violating case, then (with a model) one row per replayed case. */
export declare function renderCheckCsv(report: CheckReport): string;
