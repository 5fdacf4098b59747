import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** succession(A, B): precedence and response together. Checked in cases with A or B. */
export declare const compileSuccession: CompileRule<PairRule>;
