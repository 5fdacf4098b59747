// Checks every case of a log against an approval policy: per rule, the cases it applies to and the ones breaking it;
// per case, the rules it breaks. Pure: data in, data out.
import { NONE } from '../log/dictionary.js';
import { stepsOf } from './policy/policy.js';
import { compileRule } from './policy/rules/index.js';
import { checkEveryCase } from './policy/rules/rule-check.js';
/** How many violating case ids text reports show per rule. */
export const EXAMPLE_CASES = 5;
/** Warnings about a rule that can be checked but maybe not as the author meant. */
function ruleWarnings(rule, log, file) {
    const warnings = [];
    const where = `${file}${rule.line ? `:${rule.line}` : ''}: rule "${rule.id}"`;
    for (const step of new Set(stepsOf(rule))) {
        if (log.activities.idOf(step) === NONE)
            warnings.push(`${where}: step "${step}" does not occur in the log`);
    }
    if (rule.kind === 'four-eyes' || rule.kind === 'requester-may-not-sign') {
        let known = false;
        for (let e = 0; e < log.resource.length && !known; e++)
            known = log.resource[e] !== NONE;
        if (!known)
            warnings.push(`${where}: the log has no resource (user) column, so ${rule.kind} cannot be checked: map one with --resource`);
    }
    return warnings;
}
/**
 * Checks `log` against `policy`. Each rule is compiled once (step names → activity ids) and run over each case's event
 * range: O(rules × events). Steps the log never has give warnings, not errors: a required signature nobody ever
 * collected is exactly what the check must report. Throws UserError for a rule that cannot be checked (`wd` without a
 * calendar).
 */
export function checkPolicy(log, policy, context = {}) {
    const cases = log.caseIds.length;
    const broken = new Array(cases);
    const warnings = policy.rules.flatMap((rule) => ruleWarnings(rule, log, policy.file));
    const rules = policy.rules.map((rule, index) => {
        const check = compileRule(rule, log, context);
        const violating = [];
        const checked = checkEveryCase(check, log, (c) => {
            violating.push(log.caseIds[c]);
            (broken[c] ??= []).push(index);
        });
        return {
            id: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            ...(rule.description !== undefined ? { description: rule.description } : {}),
            steps: stepsOf(rule),
            checked,
            violations: violating.length,
            share: checked === 0 ? 0 : violating.length / checked,
            cases: violating,
            examples: violating.slice(0, EXAMPLE_CASES),
        };
    });
    const caseViolations = [];
    for (let c = 0; c < cases; c++) {
        const list = broken[c];
        if (list)
            caseViolations.push({ case: log.caseIds[c], rules: list.map((index) => policy.rules[index].id) });
    }
    return { policyFile: policy.file, rules, cases: caseViolations, casesTotal: cases, warnings };
}
