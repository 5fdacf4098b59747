import type { StepsRule } from '../policy.js';
import { type CompileRule } from './rule-check.js';
export declare const compileFirst: CompileRule<StepsRule>;
