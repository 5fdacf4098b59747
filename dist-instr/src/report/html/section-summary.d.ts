import type { InspectReport } from '../inspect-report.js';
import type { Locale } from '../i18n.js';
import { type SafeHtml } from './escape-html.js';
/** Summary figures and the data-quality table, with label merges and warnings listed. */
export declare function summarySection(log: InspectReport, l: Locale): SafeHtml;
