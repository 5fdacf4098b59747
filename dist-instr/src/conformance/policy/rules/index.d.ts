import type { PolicyRule } from '../policy.js';
import type { CaseCheck, CheckContext } from './rule-check.js';
import type { EventLog } from '../../../log/event-log.js';
/** Compiles any rule against `log`. */
export declare function compileRule(rule: PolicyRule, log: EventLog, context: CheckContext): CaseCheck;
