// Position templates: `first` and `last` (Declare's init, and its mirror): the case starts (ends) with one of the
// listed steps. Every non-empty case is checked. O(1) per case.

import type { StepsRule } from '../policy.js';
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED, type CompileRule } from './rule-check.js';

export const compileFirst: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[from] as number] ? SATISFIED : VIOLATED);
};

export const compileLast: CompileRule<StepsRule> = (rule, log) => {
  const mask = activityMask(log, rule.steps);
  return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[to - 1] as number] ? SATISFIED : VIOLATED);
};
