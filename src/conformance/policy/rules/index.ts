// The rule registry: one compiler per rule kind.

import type { PolicyRule } from '../policy.js';
import { compileCaseWithin, compileWithin } from './deadline.js';
import { compileAtMost, compileForbidden, compileRequired } from './existence.js';
import { compileChainResponse, compileNotTogether, compilePrecedence, compileResponse, compileSuccession } from './ordering.js';
import { compileFourEyes, compileRequesterMayNotSign } from './people.js';
import { compileFirst, compileLast } from './position.js';
import type { CaseCheck, CheckContext } from './rule-check.js';
import type { EventLog } from '../../../log/event-log.js';

/** Compiles any rule against `log`. */
export function compileRule(rule: PolicyRule, log: EventLog, context: CheckContext): CaseCheck {
  switch (rule.kind) {
    case 'required':
      return compileRequired(rule, log, context);
    case 'forbidden':
      return compileForbidden(rule, log, context);
    case 'at-most':
      return compileAtMost(rule, log, context);
    case 'first':
      return compileFirst(rule, log, context);
    case 'last':
      return compileLast(rule, log, context);
    case 'precedence':
      return compilePrecedence(rule, log, context);
    case 'response':
      return compileResponse(rule, log, context);
    case 'succession':
      return compileSuccession(rule, log, context);
    case 'chain-response':
      return compileChainResponse(rule, log, context);
    case 'not-together':
      return compileNotTogether(rule, log, context);
    case 'four-eyes':
      return compileFourEyes(rule, log, context);
    case 'requester-may-not-sign':
      return compileRequesterMayNotSign(rule, log, context);
    case 'within':
      return compileWithin(rule, log, context);
    case 'case-within':
      return compileCaseWithin(rule, log, context);
  }
}
