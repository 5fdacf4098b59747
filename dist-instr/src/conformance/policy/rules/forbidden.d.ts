import type { StepsRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
/** Every case is checked; violated when one of the steps occurs. */
export declare const compileForbidden: CompileRule<StepsRule>;
