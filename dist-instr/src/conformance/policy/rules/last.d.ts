import type { StepsRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
export declare const compileLast: CompileRule<StepsRule>;
