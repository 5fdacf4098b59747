import type { Comparison, LogSide } from '../compare/comparison.js';
import { type Style } from './style.js';
/** The model, pretty-printed (`{ tool, schemaVersion, kind: "comparison", old, new, … }`). */
export declare function renderComparisonJson(comparison: Comparison): string;
/** `fixtures/a.csv: 240 cases, 2,610 events, 2023-10-02 → 2023-11-20`. */
export declare function sideLine(side: LogSide): string;
/** What the durations are: elapsed time, or working time with the calendar's day. */
export declare function timeLine(comparison: Comparison): string;
/** The text report: the two periods, throughput, bottleneck ranks, findings new/resolved/persisting, variants. */
export declare function renderComparisonText(comparison: Comparison, style?: Style): string;
