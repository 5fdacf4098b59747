// `succession: {before: A, then: B}` (Declare): precedence and response together. O(k) per case.
import { compilePrecedence } from './precedence.js';
import { compileResponse } from './response.js';
import { NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** succession(A, B): precedence and response together. Checked in cases with A or B. */
export const compileSuccession = (rule, log, context) => {
    const precedence = compilePrecedence(rule, log, context);
    const response = compileResponse(rule, log, context);
    return (from, to, c) => {
        const p = precedence(from, to, c);
        const r = response(from, to, c);
        if (p === VIOLATED || r === VIOLATED)
            return VIOLATED;
        return p === SATISFIED || r === SATISFIED ? SATISFIED : NOT_APPLICABLE;
    };
};
