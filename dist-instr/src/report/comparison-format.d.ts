import type { Delta } from '../compare/comparison.js';
import type { ShiftTest } from '../performance/mann-whitney.js';
/** `12.3%` of a share 0..1. */
export declare function percent(share: number): string;
/** `+12.0%`, `-3.5%`, or `new` when the old value was 0. */
export declare function relative(value: number | null): string;
/** `+3d 4h`, `-12m`, `0s`. */
export declare function signedDuration(seconds: number, dayLength: number): string;
/** `7h → 3d 2h (+1000.0%)`. */
export declare function durationChange(change: Delta, dayLength: number): string;
/** `12.0% → 30.5% (+18.5 pts)` for shares. */
export declare function shareChange(change: Delta): string;
/** `↑2` (climbed towards the top), `↓1`, `=`. */
export declare function rankMove(change: number): string;
/** A finding metric's change: durations human, shares and rates as numbers, counts whole. */
export declare function metricChange(name: string, change: Delta, dayLength: number): string;
/** `A → B → C`, shortened to `A → B → … (30 steps) … → Y → Z` beyond `max` steps (long rework loops). */
export declare function sequence(activities: readonly string[], max?: number): string;
/** `first → last` of a time range, dates only. */
export declare function period(range: {
    readonly start: string;
    readonly end: string;
} | null): string;
/** `p = 0.012` or `p < 0.001` of a shift test; empty without one. */
export declare function pValue(test: ShiftTest | null): string;
/** One sentence on a throughput or waiting shift test. */
export declare function shiftSentence(test: ShiftTest | null, what: string): string;
