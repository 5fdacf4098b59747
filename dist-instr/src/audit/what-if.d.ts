import { type AuditContext } from './audit-context.js';
import type { Finding } from './finding.js';
/** Median and p90 of case throughput, seconds. */
export interface ThroughputFigures {
    readonly median: number;
    readonly p90: number;
}
export interface WhatIfScenario {
    /** Finding ids whose removal the scenario assumes. */
    readonly findings: readonly string[];
    /** Cases whose throughput changes. */
    readonly cases: number;
    readonly after: ThroughputFigures;
    /** Median and total of the seconds saved per changed case. */
    readonly savedMedian: number;
    readonly savedTotal: number;
}
export interface WhatIf {
    readonly estimate: true;
    readonly method: string;
    readonly before: ThroughputFigures;
    readonly perFinding: readonly WhatIfScenario[];
    /** Every redundant signature removed and every parallelizable pair overlapped at once; null without any. */
    readonly allRedundant: WhatIfScenario | null;
}
export declare const WHAT_IF_METHOD: string;
/**
 * The what-if of `findings` over `context`: one scenario per finding that removes or overlaps signatures, and all of
 * them together (an event removed by two findings is counted once; a pair is overlapped only when neither step is
 * removed). A removed step's waiting is read from the context's per-step lists, a duplicate finding's from its
 * repeated positions, each pair's per-case saving is computed once, and the union is one pass over the signatures;
 * every case's cut is summed in signature order. A scenario costs O(removed signatures + cases) plus its median and
 * p90 (expected O(cases)); O(signatures) per pair, and once for the union.
 */
export declare function whatIf(context: AuditContext, findings: readonly Finding[]): WhatIf;
