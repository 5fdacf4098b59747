// Writes a policy file (YAML with comments, or JSON) from suggested rules: the file `redtape policy suggest` gives the
// auditor to edit and feed back to `redtape check --policy`.
import { Document, isCollection, isMap, isPair } from 'yaml';
/** The value under a rule's kind key, as the policy format spells it. */
function ruleValue(rule) {
    switch (rule.kind) {
        case 'required':
        case 'forbidden':
        case 'requester-may-not-sign':
            return [...rule.steps];
        case 'first':
        case 'last':
            return rule.steps.length === 1 ? rule.steps[0] : [...rule.steps];
        case 'at-most':
            return Object.fromEntries(rule.limits.map((limit) => [limit.step, limit.max]));
        case 'precedence':
        case 'succession':
            return { before: rule.a, then: rule.b };
        case 'response':
        case 'chain-response':
            return { if: rule.a, then: rule.b };
        case 'not-together':
        case 'four-eyes':
            return [rule.a, rule.b];
        case 'within':
            return { from: rule.from, to: rule.to, max: rule.max.text };
        case 'case-within':
            return rule.max.text;
    }
}
function percent(share) {
    return `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;
}
/** Plain objects of the policy, one per rule: id, kind, severity, description (the evidence). */
function plainPolicy(policy) {
    return {
        rules: policy.rules.map(({ rule, checked, holds }) => ({
            id: rule.id,
            [rule.kind]: ruleValue(rule),
            severity: rule.severity,
            description: `holds in ${percent(holds)} of ${checked} cases`,
        })),
    };
}
/** YAML with a header saying where it came from; inner lists and mappings in flow style (`[A, B]`, `{before: A, then: B}`). */
export function renderPolicyYaml(policy, source) {
    const document = new Document(plainPolicy(policy));
    const rules = document.get('rules');
    if (isCollection(rules)) {
        for (const item of rules.items) {
            if (!isMap(item))
                continue;
            for (const pair of item.items)
                if (isPair(pair) && isCollection(pair.value))
                    pair.value.flow = true;
        }
    }
    document.commentBefore = [
        ` Policy suggested by redtape from ${source.join(', ')} (${policy.cases} cases).`,
        ` Each rule holds in at least ${percent(policy.support)} of the cases it applies to; the description says how many.`,
        ' Edit it: delete what is not a rule, set severities (high, medium, low, info), add what the law requires.',
        ' Then run: redtape check LOG --policy THIS-FILE',
    ].join('\n');
    return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
/** The same policy as JSON. */
export function renderPolicyJson(policy) {
    return `${JSON.stringify(plainPolicy(policy), null, 2)}\n`;
}
