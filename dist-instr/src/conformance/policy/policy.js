// The approval policy as data: what `redtape check --policy` reads and `redtape policy suggest` writes. Rule kinds are
// named after the Declare templates (van der Aalst, Pesic, Schonenberg 2009) where one fits.
export const SEVERITIES = ['high', 'medium', 'low', 'info'];
/** Rank for comparisons: higher is more severe. */
export function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
/** Every rule kind, spelled as in the policy file. */
export const RULE_KINDS = [
    'required',
    'forbidden',
    'at-most',
    'first',
    'last',
    'precedence',
    'response',
    'succession',
    'chain-response',
    'not-together',
    'four-eyes',
    'requester-may-not-sign',
    'within',
    'case-within',
];
/** The steps a rule names, in the order written. */
export function stepsOf(rule) {
    switch (rule.kind) {
        case 'at-most':
            return rule.limits.map((limit) => limit.step);
        case 'within':
            return [rule.from, rule.to];
        case 'case-within':
            return [];
        case 'required':
        case 'forbidden':
        case 'first':
        case 'last':
        case 'requester-may-not-sign':
            return [...rule.steps];
        default:
            return [rule.a, rule.b];
    }
}
