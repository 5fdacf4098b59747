// A small seeded pseudo-random generator, so a generated log is the same on every machine for a given seed.
/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): fast, one 32-bit state, good enough statistical quality for
 * simulation. Not cryptographic. Each call O(1).
 */
export class Prng {
    #state;
    constructor(seed) {
        this.#state = seed >>> 0;
    }
    /** Uniform in [0, 1). */
    next() {
        let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** True with probability `p`. */
    chance(p) {
        return this.next() < p;
    }
    /** Integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** A uniformly chosen element of a non-empty list. */
    pick(items) {
        return items[this.int(items.length)];
    }
    /** Standard normal (Box–Muller). */
    normal() {
        const u = 1 - this.next();
        const v = this.next();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** Log-normal with the given median and log-scale spread `sigma`: waiting and service times are skewed like this. */
    logNormal(median, sigma) {
        return median * Math.exp(sigma * this.normal());
    }
    /** Exponential with the given mean (inter-arrival times). */
    exponential(mean) {
        return -mean * Math.log(1 - this.next());
    }
    /** A new generator whose sequence is independent of this one's future draws (derived from the seed and a salt). */
    static derive(seed, salt) {
        return new Prng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35));
    }
}
