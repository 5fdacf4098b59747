// Policy violations as audit findings, so `redtape audit --policy` can put them in the same report as the redundancy
// findings. The shape is issue 5's Finding (id, type, severity, activities, cases, metrics, message), assignable to
// the audit's Finding type; metrics carry `impact` (share of all cases) as the audit ranks control findings by.
const WORDING_FA = {
    required: (s) => `${listFa(s)} انجام نشده است`,
    forbidden: (s) => `${listFa(s)} با وجود منع انجام شده است`,
    'at-most': (s) => `${listFa(s)} بیش از حد مجاز انجام شده است`,
    first: (s) => `پرونده با ${listFa(s, 'یا')} آغاز نشده است`,
    last: (s) => `پرونده با ${listFa(s, 'یا')} پایان نیافته است`,
    precedence: ([a, b]) => `«${b}» بدون «${a}» پیش از آن`,
    response: ([a, b]) => `«${a}» بدون «${b}» پس از آن`,
    succession: ([a, b]) => `«${a}» و «${b}» به ترتیب انجام نشده یا یکی بدون دیگری آمده است`,
    'chain-response': ([a, b]) => `بلافاصله پس از «${a}»، «${b}» نیامده است`,
    'not-together': ([a, b]) => `«${a}» و «${b}» هر دو در یک پرونده`,
    'four-eyes': ([a, b]) => `«${a}» و «${b}» را یک نفر امضا کرده است`,
    'requester-may-not-sign': (s) => `متقاضی خودش ${listFa(s, 'یا')} را امضا کرده است`,
    within: ([a, b]) => `«${b}» دیرتر از مهلت پس از «${a}»`,
    'case-within': () => 'پرونده بیش از مهلت طول کشیده است',
};
function listFa(steps, joiner = 'و') {
    const quoted = steps.map((step) => `«${step}»`);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join('، ')} ${joiner} ${quoted[quoted.length - 1]}`;
}
const WORDING = {
    required: (s) => `${list(s)} missing`,
    forbidden: (s) => `${list(s)} done although forbidden`,
    'at-most': (s) => `${list(s)} done more often than allowed`,
    first: (s) => `the case does not start with ${list(s, 'or')}`,
    last: (s) => `the case does not end with ${list(s, 'or')}`,
    precedence: ([a, b]) => `“${b}” without “${a}” before it`,
    response: ([a, b]) => `“${a}” not followed by “${b}”`,
    succession: ([a, b]) => `“${a}” and “${b}” not in order, or one without the other`,
    'chain-response': ([a, b]) => `“${a}” not immediately followed by “${b}”`,
    'not-together': ([a, b]) => `both “${a}” and “${b}” in one case`,
    'four-eyes': ([a, b]) => `“${a}” and “${b}” signed by the same person`,
    'requester-may-not-sign': (s) => `the requester signed ${list(s, 'or')}`,
    within: ([a, b]) => `“${b}” later than the deadline after “${a}”`,
    'case-within': () => 'the case took longer than the deadline',
};
function list(steps, joiner = 'and') {
    const quoted = steps.map((step) => `“${step}”`);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}
/**
 * One finding per broken rule: `missing-signature` for `required` rules (a signature the policy requires was not
 * collected), `policy-violation` for every other kind. Rules nobody broke give no finding. Messages in English, or
 * Persian with `lang` `fa`. O(rules).
 */
export function policyFindings(check, lang = 'en') {
    const toFa = (value) => String(value).replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)] ?? digit);
    return check.rules
        .filter((rule) => rule.violations > 0)
        .map((rule) => ({
        id: `policy:${rule.id}`,
        type: rule.kind === 'required' ? 'missing-signature' : 'policy-violation',
        severity: rule.severity,
        activities: rule.steps,
        cases: rule.cases,
        metrics: {
            checked: rule.checked,
            violations: rule.violations,
            share: rule.share,
            cases: rule.violations,
            caseShare: check.casesTotal === 0 ? 0 : rule.violations / check.casesTotal,
            impact: check.casesTotal === 0 ? 0 : rule.violations / check.casesTotal,
        },
        message: lang === 'fa'
            ? `قاعده ${rule.id} (${rule.kind}) در ${toFa(rule.violations)} از ${toFa(rule.checked)} پرونده رعایت نشده است: ${WORDING_FA[rule.kind](rule.steps)}${rule.description ? ` (${rule.description})` : ''}.`
            : `Policy rule ${rule.id} (${rule.kind}) broken in ${rule.violations} of ${rule.checked} cases: ${WORDING[rule.kind](rule.steps)}${rule.description ? ` (${rule.description})` : ''}.`,
    }));
}
