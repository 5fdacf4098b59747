// Audit findings of two periods matched by what they are about, not by position: `new` (only NEW has it),
// `resolved` (only OLD had it) and `persisting` (both, with the severity and metric changes). The regressions per
// `--fail-on` level are what a scheduled job should react to.
import { rankFindings, severityRank } from '../audit/finding.js';
import { capped, delta } from './comparison.js';
/** Case ids shown per finding; the comparison counts the rest. */
export const EXAMPLE_CASES = 5;
/**
 * Finding types whose two activities are an unordered pair: a parallelizable pair is found in whichever order the
 * period's counts put first, and one person signing two steps, or a four-eyes pair, has no direction. Their pair is
 * sorted in the key, so the same pair matches across periods. Implied signatures (B repeats A) and policy rules
 * (precedence, response, …) are directed and keep their order.
 */
const UNORDERED_PAIRS = new Set(['parallelizable', 'duplicate-signature', 'segregation-of-duties']);
/**
 * The matching key of a finding: what it is about, never its position. The audit's rules build their ids from the
 * type, a sub-kind and the steps that define the finding (`rubber-stamp:Legal review`,
 * `duplicate-signature:same-person:A|B`, `optional-signature:Fire department opinion`, whose `activities` also list
 * the later steps and so differ between periods), so such an id is the key, with an unordered pair sorted. Policy
 * findings carry the policy's rule id (`policy:required-2`), which can be positional: their key is the type and the
 * steps. Two findings of one period with the same key (two policy rules of different kinds on the same steps) are
 * told apart by their id. O(length of the id).
 */
export function findingKey(finding) {
    if (!finding.id.startsWith(`${finding.type}:`))
        return `${finding.type}:${finding.activities.join('|')}`;
    const [a, b] = finding.activities;
    if (UNORDERED_PAIRS.has(finding.type) && finding.activities.length === 2 && a !== undefined && b !== undefined) {
        const sorted = a < b ? `${a}|${b}` : `${b}|${a}`;
        for (const tail of [`${a}|${b}`, `${b}|${a}`])
            if (finding.id.endsWith(tail))
                return finding.id.slice(0, finding.id.length - tail.length) + sorted;
    }
    return finding.id;
}
function keyed(findings) {
    const byKey = new Map();
    const seen = new Map();
    for (const finding of findings)
        seen.set(findingKey(finding), (seen.get(findingKey(finding)) ?? 0) + 1);
    for (const finding of findings) {
        const key = findingKey(finding);
        byKey.set((seen.get(key) ?? 0) > 1 ? `${key}#${finding.id}` : key, finding);
    }
    return byKey;
}
function summary(key, finding) {
    return {
        key,
        id: finding.id,
        type: finding.type,
        severity: finding.severity,
        activities: finding.activities,
        cases: finding.cases.length,
        exampleCases: finding.cases.slice(0, EXAMPLE_CASES),
        metrics: finding.metrics,
        message: finding.message,
    };
}
function severityChange(before, after) {
    const difference = severityRank(after) - severityRank(before);
    return difference > 0 ? 'raised' : difference < 0 ? 'lowered' : 'unchanged';
}
/** `firstBeforeSecond` ↔ `secondBeforeFirst`, `fisherPFirst` ↔ `fisherPSecond`: a metric seen from the other end of a pair. */
function swapOrientation(name) {
    return name.replace(/first|second/gi, (word) => {
        const swapped = word.toLowerCase() === 'first' ? 'second' : 'first';
        return word[0] === word[0]?.toUpperCase() ? swapped[0]?.toUpperCase() + swapped.slice(1) : swapped;
    });
}
function persisting(key, before, after) {
    // An unordered pair listed the other way round in OLD: its first/second metrics are read from the other end.
    const reversed = after.activities.length === 2 && before.activities[0] === after.activities[1] && before.activities[1] === after.activities[0];
    const metrics = {};
    for (const [name, value] of Object.entries(after.metrics)) {
        const old = before.metrics[reversed ? swapOrientation(name) : name];
        if (old !== undefined)
            metrics[name] = delta(old, value);
    }
    return {
        key,
        id: after.id,
        type: after.type,
        activities: after.activities,
        severity: { old: before.severity, new: after.severity, change: severityChange(before.severity, after.severity) },
        cases: delta(before.cases.length, after.cases.length),
        metrics,
        message: after.message,
    };
}
/**
 * Findings NEW has at or above `level` that OLD did not have at or above it: new findings of that severity or more,
 * and persisting findings raised across it (medium → high counts for `high`, not for `medium`). O(f).
 */
export function regressionCount(before, after, level) {
    const old = keyed(before);
    const threshold = severityRank(level);
    let count = 0;
    for (const [key, finding] of keyed(after)) {
        if (severityRank(finding.severity) < threshold)
            continue;
        const earlier = old.get(key);
        if (earlier === undefined || severityRank(earlier.severity) < threshold)
            count++;
    }
    return count;
}
/**
 * Classifies the findings of OLD and NEW (each as the audit returns them) by key. Lists are ranked (severity, then
 * impact; persisting ones by NEW's) and keep `limit` items, counting the rest. O(f log f).
 */
export function compareFindings(before, after, limit) {
    const old = keyed(before);
    const now = keyed(after);
    const keyOf = new Map([...old, ...now].map(([key, finding]) => [finding, key]));
    const appeared = rankFindings([...now].filter(([key]) => !old.has(key)).map(([, finding]) => finding));
    const resolved = rankFindings([...old].filter(([key]) => !now.has(key)).map(([, finding]) => finding));
    const both = rankFindings([...now].filter(([key]) => old.has(key)).map(([, finding]) => finding)).map((finding) => {
        const key = keyOf.get(finding);
        return persisting(key, old.get(key), finding);
    });
    const shownNew = capped(appeared, limit);
    const shownResolved = capped(resolved, limit);
    const shownPersisting = capped(both, limit);
    return {
        total: { old: before.length, new: after.length },
        counts: {
            new: appeared.length,
            resolved: resolved.length,
            persisting: both.length,
            raised: both.filter((finding) => finding.severity.change === 'raised').length,
            lowered: both.filter((finding) => finding.severity.change === 'lowered').length,
        },
        regressions: { high: regressionCount(before, after, 'high'), medium: regressionCount(before, after, 'medium'), low: regressionCount(before, after, 'low') },
        new: shownNew.shown.map((finding) => summary(keyOf.get(finding), finding)),
        moreNew: shownNew.more,
        resolved: shownResolved.shown.map((finding) => summary(keyOf.get(finding), finding)),
        moreResolved: shownResolved.more,
        persisting: shownPersisting.shown,
        morePersisting: shownPersisting.more,
    };
}
