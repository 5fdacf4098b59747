import type { BottleneckReport } from '../performance/analyze-bottlenecks.js';
import { type JsonTextOptions } from './json-text.js';
import { type Style } from './style.js';
/**
 * JSON writing options for anything holding bottleneck results (the bottlenecks and report JSON): each resource's and
 * role's `inHand` is written from its compact series, on one line; everything else as `JSON.stringify(…, null, 2)`.
 */
export declare const BOTTLENECK_JSON: JsonTextOptions;
/**
 * The report as indented JSON (`JSON.stringify(…, null, 2)` and a newline, but for the in-hand series, each on one
 * line), with the tool and command named so a reader knows what it holds, handed to `sink` in chunks. O(size of the
 * text).
 */
export declare function writeBottlenecksJson(report: BottleneckReport, sink: (chunk: string) => void): void;
/** {@link writeBottlenecksJson} as one string. */
export declare function renderBottlenecksJson(report: BottleneckReport): string;
/** Human-readable text: steps ranked by total waiting, then edges, resources, WIP and the SLA. */
export declare function renderBottlenecksText(report: BottleneckReport, style?: Style): string;
/** Markdown tables for wikis and merge requests. */
export declare function renderBottlenecksMarkdown(report: BottleneckReport): string;
