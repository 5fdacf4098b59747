import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** precedence(A, B): every B has an A before it. Checked in cases with B. */
export declare const compilePrecedence: CompileRule<PairRule>;
