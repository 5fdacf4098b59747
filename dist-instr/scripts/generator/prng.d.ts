/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): fast, one 32-bit state, good enough statistical quality for
 * simulation. Not cryptographic. Each call O(1).
 */
export declare class Prng {
    #private;
    constructor(seed: number);
    /** Uniform in [0, 1). */
    next(): number;
    /** True with probability `p`. */
    chance(p: number): boolean;
    /** Integer in [0, n). */
    int(n: number): number;
    /** A uniformly chosen element of a non-empty list. */
    pick<T>(items: readonly T[]): T;
    /** Standard normal (Box–Muller). */
    normal(): number;
    /** Log-normal with the given median and log-scale spread `sigma`: waiting and service times are skewed like this. */
    logNormal(median: number, sigma: number): number;
    /** Exponential with the given mean (inter-arrival times). */
    exponential(mean: number): number;
    /** A new generator whose sequence is independent of this one's future draws (derived from the seed and a salt). */
    static derive(seed: number, salt: number): Prng;
}
