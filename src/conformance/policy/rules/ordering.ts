// Ordering templates between two steps A and B (Declare: van der Aalst, Pesic, Schonenberg 2009). Events are in the
// log's case order (time, then file order), so "after" means later in that order. O(k) per case of k events.

import type { PairRule } from '../policy.js';
import { activityId, firstOf, lastOf, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

/** precedence(A, B): every B has an A before it. Checked in cases with B. */
export const compilePrecedence: CompileRule<PairRule> = (rule, log) => {
  const a = activityId(log, rule.a);
  const b = activityId(log, rule.b);
  return (from, to) => {
    const firstB = firstOf(log.activity, b, from, to);
    if (firstB < 0) return NOT_APPLICABLE;
    const firstA = firstOf(log.activity, a, from, firstB);
    return firstA < 0 ? VIOLATED : SATISFIED;
  };
};

/** response(A, B): every A is followed, some time later, by a B. Checked in cases with A. */
export const compileResponse: CompileRule<PairRule> = (rule, log) => {
  const a = activityId(log, rule.a);
  const b = activityId(log, rule.b);
  return (from, to) => {
    const lastA = lastOf(log.activity, a, from, to);
    if (lastA < 0) return NOT_APPLICABLE;
    return firstOf(log.activity, b, lastA + 1, to) < 0 ? VIOLATED : SATISFIED;
  };
};

/** succession(A, B): precedence and response together. Checked in cases with A or B. */
export const compileSuccession: CompileRule<PairRule> = (rule, log, context) => {
  const precedence = compilePrecedence(rule, log, context);
  const response = compileResponse(rule, log, context);
  return (from, to, c) => {
    const p = precedence(from, to, c);
    const r = response(from, to, c);
    if (p === VIOLATED || r === VIOLATED) return VIOLATED;
    return p === SATISFIED || r === SATISFIED ? SATISFIED : NOT_APPLICABLE;
  };
};

/** chain-response(A, B): every A is immediately followed by B. Checked in cases with A. */
export const compileChainResponse: CompileRule<PairRule> = (rule, log) => {
  const a = activityId(log, rule.a);
  const b = activityId(log, rule.b);
  return (from, to) => {
    let applies = false;
    for (let e = from; e < to; e++) {
      if (log.activity[e] !== a) continue;
      applies = true;
      if (e + 1 >= to || log.activity[e + 1] !== b) return VIOLATED;
    }
    return applies ? SATISFIED : NOT_APPLICABLE;
  };
};

/** not-together(A, B): A and B never both in one case (Declare's not co-existence). Checked in cases with A or B. */
export const compileNotTogether: CompileRule<PairRule> = (rule, log) => {
  const a = activityId(log, rule.a);
  const b = activityId(log, rule.b);
  return (from, to) => {
    const hasA = firstOf(log.activity, a, from, to) >= 0;
    const hasB = firstOf(log.activity, b, from, to) >= 0;
    if (!hasA && !hasB) return NOT_APPLICABLE;
    return hasA && hasB ? VIOLATED : SATISFIED;
  };
};
