// The in-hand series of a resource as resourcePerformance keeps it: counts over its active periods in one array shared
// by every resource, laid out as a full-length series only when read.
/**
 * The compact form of `inHand.series` when `inHand` was made by `resourcePerformance`, so that writers (JSON
 * output) can lay the series out without materializing it: `series[k]` is `counts[k - from]` for k in from …
 * from + counts.length - 1, else 0. `undefined` for any other object. O(1).
 */
export function inHandLayout(inHand) {
    return LazyInHand.layout(inHand);
}
/**
 * The in-hand figures of one resource. `series` (zeros outside the active periods, `held[start … start + active]` from
 * period `from`) is an own enumerable accessor, so JSON and equality see it like a plain property; it lays the array
 * out on first read and then replaces itself with it. Private fields keep the source out of JSON and equality.
 * O(1) to make (one shared accessor), O(periods) on first read.
 */
export class LazyInHand {
    mean;
    max;
    #periods;
    #from;
    #held;
    #start;
    #active;
    static #series = {
        enumerable: true,
        configurable: true,
        get() {
            const series = new Array(this.#periods).fill(0);
            for (let i = 0; i < this.#active && this.#from + i < this.#periods; i++)
                series[this.#from + i] = this.#held[this.#start + i];
            Object.defineProperty(this, 'series', { value: series, enumerable: true, writable: false, configurable: false });
            return series;
        },
    };
    /** The compact form of `value`'s series when it is a LazyInHand (read whether or not the series was laid out). */
    static layout(value) {
        if (!(#held in value))
            return undefined;
        const length = Math.max(0, Math.min(value.#active, value.#periods - value.#from));
        return { periods: value.#periods, from: value.#from, counts: value.#held.subarray(value.#start, value.#start + length) };
    }
    constructor(mean, max, periods, from, held, start, active) {
        this.mean = mean;
        this.max = max;
        Object.defineProperty(this, 'series', LazyInHand.#series);
        this.#periods = periods;
        this.#from = from;
        this.#held = held;
        this.#start = start;
        this.#active = active;
    }
}
