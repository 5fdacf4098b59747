// What a decision value means: approve, reject, return or other, from built-in English and Persian words and the
// user's `--decision-map`. Words are compared after normalizeLabel and lower-casing, as the log stores labels.
import { UserError } from '../errors.js';
import { normalizeLabel } from '../log/normalize-label.js';
/** Decision kinds, as stored in the signature table's `kind` column. */
export const APPROVE = 0;
export const REJECT = 1;
export const RETURN = 2;
export const OTHER = 3;
export const KIND_NAMES = ['approve', 'reject', 'return', 'other'];
const BUILT_IN = {
    approve: [
        'approved', 'approve', 'final_approved', 'final approved', 'accepted', 'accept', 'ok', 'okay', 'yes', 'y', 'granted', 'confirmed', 'confirm', 'signed', 'passed', 'agreed',
        'تایید', 'تأیید', 'تائید', 'تایید شد', 'تأیید شد', 'موافقت', 'موافقت شد', 'موافق', 'پذیرش', 'قبول', 'بله', 'امضا شد',
    ],
    reject: [
        'rejected', 'reject', 'declined', 'decline', 'denied', 'deny', 'refused', 'refuse', 'no', 'n', 'disapproved', 'not approved', 'failed',
        'رد', 'رد شد', 'عدم تایید', 'عدم تأیید', 'عدم موافقت', 'مخالفت', 'مخالف', 'نامنطبق',
    ],
    return: [
        'returned', 'return', 'sent back', 'send back', 'rework', 'resubmit', 'more information', 'incomplete', 'revise', 'revision',
        'برگشت', 'برگشت داده شد', 'عودت', 'عودت شد', 'ارجاع مجدد', 'نقص مدارک', 'اصلاح',
    ],
};
/** Canonical form a decision word is compared in. O(length). */
export function decisionKey(word) {
    return normalizeLabel(word).toLowerCase();
}
/** The built-in words (English and Persian), extended or overridden by `extra`. O(words). */
export function decisionMap(extra = new Map()) {
    const map = new Map();
    ['approve', 'reject', 'return'].forEach((name) => {
        for (const word of BUILT_IN[name])
            map.set(decisionKey(word), KIND_NAMES.indexOf(name));
    });
    for (const [word, kind] of extra)
        map.set(decisionKey(word), kind);
    return map;
}
/**
 * Parses `--decision-map "approve=ok,accept;reject=nok;return=back"`: kinds `approve`, `reject`, `return` or `other`,
 * each with comma-separated words. Throws a UserError on an unknown kind or an empty word list. O(length).
 */
export function parseDecisionMap(text) {
    const map = new Map();
    for (const part of text.split(';')) {
        if (part.trim() === '')
            continue;
        const eq = part.indexOf('=');
        const kind = (eq < 0 ? '' : part.slice(0, eq).trim().toLowerCase());
        const code = KIND_NAMES.indexOf(kind);
        if (code < 0)
            throw new UserError(`--decision-map: "${part.trim()}" must be KIND=word,word with KIND one of ${KIND_NAMES.join(', ')}`);
        const words = part.slice(eq + 1).split(',').map((word) => word.trim()).filter((word) => word !== '');
        if (words.length === 0)
            throw new UserError(`--decision-map: no words for ${kind}`);
        for (const word of words)
            map.set(decisionKey(word), code);
    }
    return map;
}
/** The kind of one decision value; `other` when the word is unknown. O(length). */
export function classifyDecision(word, map) {
    return map.get(decisionKey(word)) ?? OTHER;
}
