import type { StepsRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** Checked in cases with a known requester and a listed step after the first event; violated when the requester did one. */
export declare const compileRequesterMayNotSign: CompileRule<StepsRule>;
