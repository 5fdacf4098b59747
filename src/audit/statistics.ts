// The two tests the audit rules rest on: the Wilson score interval of a proportion and Fisher's exact test of a
// 2×2 table. Small and closed-form, so written here rather than pulled in.

/**
 * Upper bound of the Wilson score interval for `successes` of `n` at confidence z (1.96: 95%). Wilson (1927),
 * "Probable inference, the law of succession, and statistical inference", JASA 22. O(1). 1 when n is 0.
 */
export function wilsonUpper(successes: number, n: number, z = 1.959964): number {
  if (n <= 0) return 1;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.min(1, (centre + spread) / (1 + z2 / n));
}

/** ln(i!) for i below `known`, each the previous plus ln(i); a typed array grown by doubling (tables reach n = cases). */
let logFactorials = new Float64Array(1024);
let known = 1;
/** Below this log-probability a table's probability is 0 as a double (e^-745.2 is the smallest it can hold). */
const NEGLIGIBLE = -800;

/** Extends the table to ln(k!). O(k) the first time, O(1) after. */
function knowLogFactorials(k: number): void {
  if (k < known) return;
  if (k >= logFactorials.length) {
    let size = logFactorials.length;
    while (size <= k) size *= 2;
    const grown = new Float64Array(size);
    grown.set(logFactorials.subarray(0, known));
    logFactorials = grown;
  }
  for (let i = known; i <= k; i++) logFactorials[i] = (logFactorials[i - 1] as number) + Math.log(i);
  known = k + 1;
}

function logFactorial(k: number): number {
  return logFactorials[k] as number;
}

/**
 * Two-sided p-value of Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the sum of the hypergeometric
 * probabilities of every table with the same margins that is no more likely than the observed one (R's
 * `fisher.test`). Fisher (1922), "On the interpretation of χ² from contingency tables", JRSS 85. Probabilities come
 * from log-factorials, so large tables do not overflow. Tables less likely than e^-800 add exactly 0 as doubles, and
 * the probabilities fall away from the mode on both sides, so the sum runs over the tables around the mode above that
 * (in the same order, to the same bits as over every table). O(min(row, column margin)) at most, O(standard
 * deviation) on large tables, after O(n) once to extend the log-factorial table to a larger n than seen before.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (n === 0) return 1;
  // Every factorial below is of at most n.
  knowLogFactorials(n);
  const constant = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logP = (x: number): number => constant - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(row2 - col1 + x);
  const observed = logP(a);
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  const mode = Math.min(high, Math.max(low, Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2))));
  let from = mode;
  while (from > low && logP(from - 1) > NEGLIGIBLE) from--;
  let to = mode;
  while (to < high && logP(to + 1) > NEGLIGIBLE) to++;
  let p = 0;
  for (let x = from; x <= to; x++) {
    const value = logP(x);
    // The relative tolerance R uses, so tables as likely as the observed one count despite rounding.
    if (value <= observed + 1e-7) p += Math.exp(value);
  }
  return Math.min(1, p);
}
