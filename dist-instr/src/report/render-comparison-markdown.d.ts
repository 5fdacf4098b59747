import type { Comparison } from '../compare/comparison.js';
/** The Markdown report. */
export declare function renderComparisonMarkdown(comparison: Comparison): string;
