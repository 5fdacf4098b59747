import type { WithinRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/**
 * Checked in cases with A where either a B follows it or the deadline has passed by the case's last event; violated
 * when the first B after the first A comes later than `max`, or never comes while the case ran past the deadline.
 * Cases with A, no B yet and still inside the deadline are open, not checked.
 */
export declare const compileWithin: CompileRule<WithinRule>;
