import type { PairRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** Checked in cases where both A and B were done by known resources; violated when one person did both. */
export declare const compileFourEyes: CompileRule<PairRule>;
