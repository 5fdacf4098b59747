// `four-eyes: [A, B]`: different people sign A and B (segregation of duties). Events without a resource cannot
// break the rule and are skipped. O(k) per case.
import { NONE } from '../../../log/dictionary.js';
import { activityId, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** Checked in cases where both A and B were done by known resources; violated when one person did both. */
export const compileFourEyes = (rule, log) => {
    const a = activityId(log, rule.a);
    const b = activityId(log, rule.b);
    const seenA = new Int32Array(log.resources.size).fill(-1);
    let generation = 0;
    return (from, to) => {
        generation++;
        let hasA = false;
        for (let e = from; e < to; e++) {
            const resource = log.resource[e];
            if (log.activity[e] === a && resource !== NONE) {
                seenA[resource] = generation;
                hasA = true;
            }
        }
        if (!hasA)
            return NOT_APPLICABLE;
        let hasB = false;
        for (let e = from; e < to; e++) {
            const resource = log.resource[e];
            if (log.activity[e] !== b || resource === NONE)
                continue;
            hasB = true;
            if (seenA[resource] === generation)
                return VIOLATED;
        }
        return hasB ? SATISFIED : NOT_APPLICABLE;
    };
};
