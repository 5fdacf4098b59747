// `last: step`: the case ends with one of the listed steps (Declare's init, mirrored). O(1) per case.

import type { StepsRule } from '../policy.js';
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

export const compileLast: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[to - 1] as number] ? SATISFIED : VIOLATED);
};
