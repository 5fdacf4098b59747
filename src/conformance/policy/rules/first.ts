// `first: step` (Declare's init): the case starts with one of the listed steps. O(1) per case.

import type { StepsRule } from '../policy.js';
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

export const compileFirst: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[from] as number] ? SATISFIED : VIOLATED);
};
