// The audit options (`--rules`, thresholds, signatures and decisions, `--four-eyes`, `--policy`, `--lang`) shared by
// every command that runs the audit (`audit`, `compare`), their translation to AuditOptions, and the audit run itself.
import { Option } from 'commander';
import { auditLog } from '../audit/audit-log.js';
import { parseDecisionMap } from '../audit/decision-kinds.js';
import { RULE_IDS } from '../audit/rules/index.js';
import { UserError } from '../errors.js';
import { calendarFor, calendarSpecFrom } from './calendar-options.js';
function positiveInteger(text, option) {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
        throw new UserError(`${option}: expected a whole number of cases ≥ 1, got ${JSON.stringify(text)}`);
    return value;
}
/** `0.01` or `1%`. */
function rate(text, option) {
    const percent = text.trim().endsWith('%');
    const value = Number(percent ? text.trim().slice(0, -1) : text) / (percent ? 100 : 1);
    if (!Number.isFinite(value) || value <= 0 || value >= 1)
        throw new UserError(`${option}: expected a rate between 0 and 1 (e.g. 0.01 or 1%), got ${JSON.stringify(text)}`);
    return value;
}
function fourEyesPairs(values) {
    return values.flatMap((value) => value.split(';').filter((pair) => pair.trim() !== '').map((pair) => {
        const steps = pair.split(',').map((step) => step.trim());
        if (steps.length !== 2 || steps.some((step) => step === ''))
            throw new UserError(`--four-eyes: expected "STEP A,STEP B", got ${JSON.stringify(pair)}`);
        return steps;
    }));
}
const collect = (value, previous = []) => [...previous, value];
/** Adds the audit options to `command` (the calendar options are added separately, by `addCalendarOptions`). */
export function addAuditOptions(command) {
    return command
        .option('--rules <ids>', `comma list of rules to run (default: all): ${RULE_IDS.join(', ')}`)
        .option('--min-support <cases>', 'cases a pattern needs before it is reported (default: 30)')
        .option('--max-reject-rate <rate>', 'rubber stamp when the upper 95% Wilson bound of the reject+return rate is below this (default: 0.01)')
        .addOption(new Option('--lang <lang>', 'language of the finding messages').choices(['en', 'fa']).default('en'))
        .option('--signatures <regex>', 'signing steps: regular expression on step names (default: every event with a decision is a signature)')
        .option('--decision-from-label', 'take step and decision from labels such as "Declaration APPROVED by SUPERVISOR" or "تایید …"')
        .option('--decision-pattern <regex>', 'regular expression with named groups step and decision, applied to labels (implies --decision-from-label)')
        .option('--decision-map <map>', 'extra decision words, e.g. "approve=ok,accept;reject=nok;return=back"')
        .option('--requester <column>', 'event or case attribute naming the requester (default: the resource of the first event)')
        .option('--four-eyes <pair>', 'two steps one person may not both sign, "STEP A,STEP B" (repeatable, or ; between pairs)', collect)
        .option('--policy <file>', 'also check a policy file (see `redtape check`): violations become missing-signature / policy-violation findings');
}
/** Audit options from the flags, checked before the (possibly long) read. */
export function auditOptionsFrom(flags) {
    const rules = flags.rules?.split(',').map((id) => id.trim()).filter((id) => id !== '');
    const unknown = rules?.filter((id) => !RULE_IDS.includes(id)) ?? [];
    if (unknown.length > 0)
        throw new UserError(`--rules: unknown rule ${unknown.join(', ')}; rules are ${RULE_IDS.join(', ')}`);
    return {
        rules,
        minSupport: flags.minSupport !== undefined ? positiveInteger(flags.minSupport, '--min-support') : undefined,
        maxRejectRate: flags.maxRejectRate !== undefined ? rate(flags.maxRejectRate, '--max-reject-rate') : undefined,
        lang: flags.lang,
        fourEyes: fourEyesPairs(flags.fourEyes ?? []),
        signatures: flags.signatures,
        decisionFromLabel: flags.decisionFromLabel,
        decisionPattern: flags.decisionPattern,
        decisionWords: flags.decisionMap !== undefined ? parseDecisionMap(flags.decisionMap) : undefined,
        requester: flags.requester,
        calendar: calendarSpecFrom(flags),
    };
}
/**
 * Reads and checks the audit flags (and the `--policy` file). The policy reader and checker (and their YAML parser)
 * are loaded only when a policy is given.
 */
export async function auditPlanFrom(flags) {
    const options = auditOptionsFrom(flags);
    if (flags.policy === undefined)
        return { options, policyCheck: null };
    const [{ readPolicy }, { checkPolicy }, { policyFindings }] = await Promise.all([import('../io/read-policy.js'), import('../conformance/check-policy.js'), import('../conformance/policy-findings.js')]);
    const policy = readPolicy(flags.policy);
    return { options, policyCheck: (log, calendar) => policyFindings(checkPolicy(log, policy, calendar ? { calendar } : {}), options.lang) };
}
/** Audits `log` as planned: the rules, plus the policy's violations as findings when a policy was given. */
export function runAudit(log, plan) {
    const calendar = calendarFor(plan.options.calendar, log);
    const extraFindings = plan.policyCheck ? plan.policyCheck(log, calendar) : [];
    return auditLog(log, { ...plan.options, extraFindings });
}
