import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** not-together(A, B): A and B never both in one case (Declare's not co-existence). Checked in cases with A or B. */
export declare const compileNotTogether: CompileRule<PairRule>;
