import type { AtMostRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** Checked in cases where a limited step occurs; violated when one occurs more often than its limit. */
export declare const compileAtMost: CompileRule<AtMostRule>;
