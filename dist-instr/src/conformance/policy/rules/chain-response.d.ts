import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** chain-response(A, B): every A is immediately followed by B. Checked in cases with A. */
export declare const compileChainResponse: CompileRule<PairRule>;
