// Existence templates: `required` (every listed step occurs), `forbidden` (none occurs), `at-most` (a step occurs at
// most n times). Declare's existence, absence and absence(n+1) (Pesic, van der Aalst 2006). O(k) per case of k events.

import { NONE } from '../../../log/dictionary.js';
import type { AtMostRule, StepsRule } from '../policy.js';
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

/** Every case is checked; violated when one of the steps is absent (a step the log never has is absent everywhere). */
export const compileRequired: CompileRule<StepsRule> = (rule, log) => {
  const ids = [...new Set(rule.steps.map((step) => log.activities.idOf(step)))];
  if (ids.includes(NONE)) return () => VIOLATED;
  const seen = new Int32Array(log.activities.size).fill(-1);
  let generation = 0;
  return (from, to) => {
    generation++;
    for (let e = from; e < to; e++) seen[log.activity[e] as number] = generation;
    for (const id of ids) if (seen[id] !== generation) return VIOLATED;
    return SATISFIED;
  };
};

/** Every case is checked; violated when one of the steps occurs. */
export const compileForbidden: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => {
    for (let e = from; e < to; e++) if (mask[log.activity[e] as number]) return VIOLATED;
    return SATISFIED;
  };
};

/** Checked in cases where a limited step occurs; violated when one occurs more often than its limit. */
export const compileAtMost: CompileRule<AtMostRule> = (rule, log) => {
  const limit = new Float64Array(log.activities.size).fill(Infinity);
  for (const { step, max } of rule.limits) {
    const id = log.activities.idOf(step);
    if (id !== NONE) limit[id] = Math.min(limit[id] as number, max);
  }
  const count = new Int32Array(log.activities.size);
  return (from, to) => {
    let applies = false;
    let violated = false;
    for (let e = from; e < to; e++) {
      const id = log.activity[e] as number;
      if (limit[id] === Infinity) continue;
      applies = true;
      count[id] = (count[id] as number) + 1;
      if ((count[id] as number) > (limit[id] as number)) violated = true;
    }
    for (let e = from; e < to; e++) count[log.activity[e] as number] = 0;
    return !applies ? NOT_APPLICABLE : violated ? VIOLATED : SATISFIED;
  };
};
