/**
 * Upper bound of the Wilson score interval for `successes` of `n` at confidence z (1.96: 95%). Wilson (1927),
 * "Probable inference, the law of succession, and statistical inference", JASA 22. O(1). 1 when n is 0.
 */
export declare function wilsonUpper(successes: number, n: number, z?: number): number;
/**
 * Two-sided p-value of Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the sum of the hypergeometric
 * probabilities of every table with the same margins that is no more likely than the observed one (R's
 * `fisher.test`). Fisher (1922), "On the interpretation of χ² from contingency tables", JRSS 85. Probabilities come
 * from log-factorials, so large tables do not overflow. Tables less likely than e^-800 add exactly 0 as doubles, and
 * the probabilities fall away from the mode on both sides, so the sum runs over the tables around the mode above that
 * (in the same order, to the same bits as over every table). O(min(row, column margin)) at most, O(standard
 * deviation) on large tables.
 */
export declare function fisherExact(a: number, b: number, c: number, d: number): number;
