// A starting policy for the auditor to edit: the rules the log already keeps in at least `support` of the cases it
// applies to (95% by default): which steps always happen, how cases start and end, how often a step is signed, which
// steps come before or after which, which pairs different people sign, what the requester never signs, and how long
// cases take.
import { NONE } from '../log/dictionary.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { summarize } from '../performance/summarize.js';
import { parseDuration } from '../performance/duration.js';
import { compileRule } from './policy/rules/index.js';
import { checkEveryCase } from './policy/rules/rule-check.js';
function increment(counts, index) {
    counts[index] = counts[index] + 1;
}
/** A duration rounded up to a whole number of a unit people use for deadlines. */
export function roundUpDuration(seconds) {
    const units = [['w', 604_800], ['d', 86_400], ['h', 3600], ['m', 60]];
    for (const [unit, size] of units)
        if (seconds >= 2 * size)
            return `${Math.ceil(seconds / size)}${unit}`;
    return `${Math.max(1, Math.ceil(seconds))}s`;
}
/**
 * Mines the candidate rules and keeps those holding in at least `support` of the cases each applies to, measured with
 * the same checkers `redtape check` uses (so the policy run back through check reports exactly the remaining cases).
 * Ordering rules between frequent steps are transitively reduced. O(k² · n) for k frequent steps and n events.
 */
export function suggestPolicy(log, options = {}) {
    const support = options.support ?? 0.95;
    const frequentShare = options.frequent ?? 0.2;
    const cases = log.caseIds.length;
    const size = log.activities.size;
    const caseCount = new Float64Array(size);
    const firstCount = new Float64Array(size);
    const lastCount = new Float64Array(size);
    const meanPosition = new Float64Array(size);
    const seen = new Int32Array(size).fill(-1);
    for (let c = 0; c < cases; c++) {
        const from = log.caseStart[c];
        const to = log.caseStart[c + 1];
        if (to <= from)
            continue;
        increment(firstCount, log.activity[from]);
        increment(lastCount, log.activity[to - 1]);
        for (let e = from; e < to; e++) {
            const a = log.activity[e];
            if (seen[a] === c)
                continue;
            seen[a] = c;
            increment(caseCount, a);
            meanPosition[a] = meanPosition[a] + (to - from > 1 ? (e - from) / (to - from - 1) : 0);
        }
    }
    const name = (a) => log.activities.nameOf(a);
    const byPosition = (ids) => ids.sort((a, b) => meanPosition[a] / caseCount[a] - meanPosition[b] / caseCount[b] || a - b);
    const all = Array.from({ length: size }, (_, a) => a).filter((a) => caseCount[a] > 0);
    const required = byPosition(all.filter((a) => caseCount[a] >= support * cases));
    const frequent = byPosition(all.filter((a) => caseCount[a] >= frequentShare * cases));
    const candidates = [];
    const base = (kind, n) => ({ id: `${kind}-${n}`, severity: 'medium', line: 0 });
    let n = 0;
    for (const a of required)
        candidates.push({ ...base('required', ++n), kind: 'required', steps: [name(a)] });
    for (const [kind, counts] of [['first', firstCount], ['last', lastCount]]) {
        const ranked = all.filter((a) => counts[a] > 0).sort((a, b) => counts[b] - counts[a] || a - b);
        const steps = [];
        let covered = 0;
        for (const a of ranked.slice(0, 3)) {
            steps.push(name(a));
            covered += counts[a];
            if (covered >= support * cases)
                break;
        }
        if (covered >= support * cases)
            candidates.push({ ...base(kind, ++n), kind, steps });
    }
    const kept = (rule) => {
        const check = compileRule(rule, log, {});
        let violated = 0;
        const checked = checkEveryCase(check, log, () => violated++);
        const holds = checked === 0 ? 0 : (checked - violated) / checked;
        return checked > 0 && holds >= support ? { rule, checked, holds } : undefined;
    };
    const result = candidates.map(kept).filter((rule) => rule !== undefined);
    const profile = caseProfile(log, frequent);
    const share = (count, total) => (total === 0 ? 0 : count / total);
    frequent.forEach((a, i) => {
        // The smallest limit most cases with the step keep (counts read from the profile, not by re-scanning the log).
        const histogram = new Float64Array(12);
        let withStep = 0;
        for (let c = 0; c < cases; c++) {
            const count = profile.count[c * frequent.length + i];
            if (count === 0)
                continue;
            withStep++;
            increment(histogram, Math.min(count, 11));
        }
        let within = 0;
        for (let limit = 1; limit <= 10; limit++) {
            within += histogram[limit];
            if (withStep > 0 && within >= support * withStep) {
                result.push({ rule: { ...base('at-most', ++n), kind: 'at-most', limits: [{ step: name(a), max: limit }] }, checked: withStep, holds: share(within, withStep) });
                break;
            }
        }
    });
    result.push(...orderingRules(frequent, profile, cases, support, name, () => ++n));
    const hasResources = log.resource.some((resource) => resource !== NONE);
    if (hasResources) {
        for (const ordering of result.filter((s) => s.rule.kind === 'precedence' || s.rule.kind === 'response' || s.rule.kind === 'succession')) {
            const { a, b } = ordering.rule;
            const suggestion = kept({ ...base('four-eyes', ++n), kind: 'four-eyes', a, b });
            if (suggestion)
                result.push(suggestion);
        }
    }
    if (hasResources) {
        // The requester (first event's resource) signs none of the later frequent steps.
        const later = frequent.filter((a) => firstCount[a] < support * cases);
        const suggestion = later.length ? kept({ ...base('requester-may-not-sign', ++n), kind: 'requester-may-not-sign', steps: later.map(name) }) : undefined;
        if (suggestion)
            result.push(suggestion);
    }
    const throughput = caseThroughput(log).filter((_, c) => log.caseStart[c + 1] > log.caseStart[c]);
    if (throughput.length > 0) {
        const suggestion = kept({ ...base('case-within', ++n), kind: 'case-within', max: parseDuration(roundUpDuration(summarize(throughput).p95)) });
        if (suggestion)
            result.push(suggestion);
    }
    return { cases, support, rules: result.map((suggestion, i) => ({ ...suggestion, rule: { ...suggestion.rule, id: `${suggestion.rule.kind}-${i + 1}` } })) };
}
/** One pass over the events; matrices are case-major (`c * k + i`). O(n + cases · k) time and memory. */
function caseProfile(log, steps) {
    const k = steps.length;
    const cases = log.caseIds.length;
    const slot = new Int32Array(log.activities.size).fill(-1);
    steps.forEach((a, i) => (slot[a] = i));
    const first = new Int32Array(cases * k).fill(-1);
    const last = new Int32Array(cases * k).fill(-1);
    const count = new Int32Array(cases * k);
    for (let c = 0; c < cases; c++) {
        const from = log.caseStart[c];
        const to = log.caseStart[c + 1];
        for (let e = from; e < to; e++) {
            const i = slot[log.activity[e]];
            if (i < 0)
                continue;
            const at = c * k + i;
            if (first[at] === -1)
                first[at] = e - from;
            last[at] = e - from;
            count[at] = count[at] + 1;
        }
    }
    return { first, last, count };
}
/**
 * Precedence, response or succession between frequent steps (in their usual order), transitively reduced. Each pair
 * is measured on the case profile with the exact definitions of the rule checks: precedence(A, B) holds in a case with
 * B when A comes before the first B; response(A, B) in a case with A when a B comes after the last A. O(k² · cases).
 */
function orderingRules(steps, profile, cases, support, name, next) {
    const found = new Map();
    const key = (a, b) => `${a},${b}`;
    const k = steps.length;
    for (let i = 0; i < k; i++) {
        for (let j = i + 1; j < k; j++) {
            let precedenceChecked = 0;
            let precedenceHeld = 0;
            let responseChecked = 0;
            let responseHeld = 0;
            let successionChecked = 0;
            let successionHeld = 0;
            for (let c = 0; c < cases; c++) {
                const firstA = profile.first[c * k + i];
                const lastA = profile.last[c * k + i];
                const firstB = profile.first[c * k + j];
                const lastB = profile.last[c * k + j];
                const precedenceOk = firstB < 0 || (firstA >= 0 && firstA < firstB);
                const responseOk = lastA < 0 || lastB > lastA;
                if (firstB >= 0) {
                    precedenceChecked++;
                    if (precedenceOk)
                        precedenceHeld++;
                }
                if (lastA >= 0) {
                    responseChecked++;
                    if (responseOk)
                        responseHeld++;
                }
                if (firstA >= 0 || firstB >= 0) {
                    successionChecked++;
                    if (precedenceOk && responseOk)
                        successionHeld++;
                }
            }
            const tally = { succession: [successionChecked, successionHeld], precedence: [precedenceChecked, precedenceHeld], response: [responseChecked, responseHeld] };
            for (const kind of ['succession', 'precedence', 'response']) {
                const [checked, held] = tally[kind];
                if (checked > 0 && held >= support * checked) {
                    const a = steps[i];
                    const b = steps[j];
                    found.set(key(a, b), { rule: { id: `ordering-${next()}`, severity: 'medium', line: 0, kind, a: name(a), b: name(b) }, checked, holds: held / checked });
                    break;
                }
            }
        }
    }
    // Drop A→C when A→B and B→C are kept and each is as strong (the same kind, or succession).
    const implies = (strong, kind) => strong !== undefined && (strong.rule.kind === kind || strong.rule.kind === 'succession');
    const reduced = [];
    for (const [pairKey, rule] of found) {
        const [a, c] = pairKey.split(',').map(Number);
        const redundant = steps.some((b) => b !== a && b !== c && implies(found.get(key(a, b)), rule.rule.kind) && implies(found.get(key(b, c)), rule.rule.kind));
        if (!redundant)
            reduced.push(rule);
    }
    return reduced;
}
