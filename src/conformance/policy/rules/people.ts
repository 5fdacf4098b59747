// Segregation-of-duty rules over the resource column: `four-eyes` (different people sign A and B) and
// `requester-may-not-sign` (the requester, the resource of the case's first event, signs none of the steps).
// Events without a resource cannot break these rules and are skipped. O(k) per case (O(k²) worst case for four-eyes
// in a case with many A and B events).

import { NONE } from '../../../log/dictionary.js';
import type { PairRule, StepsRule } from '../policy.js';
import { activityId, activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

/** Checked in cases where both A and B were done by known resources; violated when one person did both. */
export const compileFourEyes: CompileRule<PairRule> = (rule, log) => {
  const a = activityId(log, rule.a);
  const b = activityId(log, rule.b);
  const seenA = new Int32Array(log.resources.size).fill(-1);
  let generation = 0;
  return (from, to) => {
    generation++;
    let hasA = false;
    for (let e = from; e < to; e++) {
      const resource = log.resource[e] as number;
      if (log.activity[e] === a && resource !== NONE) {
        seenA[resource] = generation;
        hasA = true;
      }
    }
    if (!hasA) return NOT_APPLICABLE;
    let hasB = false;
    for (let e = from; e < to; e++) {
      const resource = log.resource[e] as number;
      if (log.activity[e] !== b || resource === NONE) continue;
      hasB = true;
      if (seenA[resource] === generation) return VIOLATED;
    }
    return hasB ? SATISFIED : NOT_APPLICABLE;
  };
};

/** Checked in cases with a known requester and a listed step after the first event; violated when the requester did one. */
export const compileRequesterMayNotSign: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => {
    if (to <= from) return NOT_APPLICABLE;
    const requester = log.resource[from] as number;
    if (requester === NONE) return NOT_APPLICABLE;
    let applies = false;
    for (let e = from + 1; e < to; e++) {
      if (!mask[log.activity[e] as number]) continue;
      applies = true;
      if (log.resource[e] === requester) return VIOLATED;
    }
    return applies ? SATISFIED : NOT_APPLICABLE;
  };
};
