import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** response(A, B): every A is followed, some time later, by a B. Checked in cases with A. */
export declare const compileResponse: CompileRule<PairRule>;
