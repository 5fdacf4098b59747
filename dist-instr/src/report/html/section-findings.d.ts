import type { Finding } from '../../audit/finding.js';
import type { Locale } from '../i18n.js';
import { type SafeHtml } from './escape-html.js';
/** A finding as the report shows it: the audit's own shape. */
export type ReportFinding = Finding;
/** One row per finding, with a details panel. */
export declare function findingsSection(findings: readonly ReportFinding[], l: Locale, duration: (seconds: number) => string): SafeHtml;
