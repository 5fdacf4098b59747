// The registry of audit rules, in report order.
import { bottleneck } from './bottleneck.js';
import { duplicateSignature } from './duplicate-signature.js';
import { impliedSignature } from './implied-signature.js';
import { optionalSignature } from './optional-signature.js';
import { parallelizable } from './parallelizable.js';
import { reworkLoop } from './rework-loop.js';
import { rubberStamp } from './rubber-stamp.js';
import { segregationOfDuties } from './segregation-of-duties.js';
export const AUDIT_RULES = [
    rubberStamp,
    duplicateSignature,
    impliedSignature,
    optionalSignature,
    parallelizable,
    segregationOfDuties,
    reworkLoop,
    bottleneck,
];
/** Rule ids, for `--rules`. */
export const RULE_IDS = AUDIT_RULES.map((rule) => rule.id);
