import type { CaseWithinRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/**
 * Every non-empty case is checked: its throughput time (first event's start, or its timestamp when the log has no
 * start times, to the last event's end; as the performance analysis measures it) against `max`.
 */
export declare const compileCaseWithin: CompileRule<CaseWithinRule>;
