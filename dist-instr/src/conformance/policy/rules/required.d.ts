import type { StepsRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** Every case is checked; violated when one of the steps is absent (a step the log never has is absent everywhere). */
export declare const compileRequired: CompileRule<StepsRule>;
