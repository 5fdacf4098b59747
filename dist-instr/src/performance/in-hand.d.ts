/** A per-period series of in-hand counts as `resourcePerformance` keeps it: zero outside `counts`, which start at period `from`. */
export interface InHandLayout {
    /** Length of the series (the periods of the grid). */
    readonly periods: number;
    readonly from: number;
    /** A view of the shared counts: not to be written. */
    readonly counts: Int32Array;
}
/**
 * The compact form of `inHand.series` when `inHand` was made by `resourcePerformance`, so that writers (JSON
 * output) can lay the series out without materializing it: `series[k]` is `counts[k - from]` for k in from …
 * from + counts.length - 1, else 0. `undefined` for any other object. O(1).
 */
export declare function inHandLayout(inHand: object): InHandLayout | undefined;
/**
 * The in-hand figures of one resource. `series` (zeros outside the active periods, `held[start … start + active]` from
 * period `from`) is an own enumerable accessor, so JSON and equality see it like a plain property; it lays the array
 * out on first read and then replaces itself with it. Private fields keep the source out of JSON and equality.
 * O(1) to make (one shared accessor), O(periods) on first read.
 */
export declare class LazyInHand {
    #private;
    readonly mean: number;
    readonly max: number;
    readonly series: readonly number[];
    /** The compact form of `value`'s series when it is a LazyInHand (read whether or not the series was laid out). */
    static layout(value: object): InHandLayout | undefined;
    constructor(mean: number, max: number, periods: number, from: number, held: Int32Array, start: number, active: number);
}
