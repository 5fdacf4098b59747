// The rule registry: one compiler per rule kind, each in its own file.
import { compileAtMost } from './at-most.js';
import { compileCaseWithin } from './case-within.js';
import { compileChainResponse } from './chain-response.js';
import { compileFirst } from './first.js';
import { compileForbidden } from './forbidden.js';
import { compileFourEyes } from './four-eyes.js';
import { compileLast } from './last.js';
import { compileNotTogether } from './not-together.js';
import { compilePrecedence } from './precedence.js';
import { compileRequesterMayNotSign } from './requester-may-not-sign.js';
import { compileRequired } from './required.js';
import { compileResponse } from './response.js';
import { compileSuccession } from './succession.js';
import { compileWithin } from './within.js';
/** Compiles any rule against `log`. */
export function compileRule(rule, log, context) {
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
