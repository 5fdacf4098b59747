// What a decision value means: approve, reject, return or other, from built-in English and Persian words and the
// user's `--decision-map`. Words are compared after normalizeLabel and lower-casing, as the log stores labels.

import { UserError } from '../errors.js';
import { normalizeLabel } from '../log/normalize-label.js';

/** Decision kinds, as stored in the signature table's `kind` column. */
export const APPROVE = 0;
export const REJECT = 1;
export const RETURN = 2;
export const OTHER = 3;
export type DecisionKindCode = typeof APPROVE | typeof REJECT | typeof RETURN | typeof OTHER;
export const KIND_NAMES = ['approve', 'reject', 'return', 'other'] as const;
export type DecisionKindName = (typeof KIND_NAMES)[number];

const BUILT_IN: Readonly<Record<Exclude<DecisionKindName, 'other'>, readonly string[]>> = {
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
export function decisionKey(word: string): string {
  return normalizeLabel(word).toLowerCase();
}

/** Word → kind. */
export type DecisionMap = ReadonlyMap<string, DecisionKindCode>;

/** The built-in words (English and Persian), extended or overridden by `extra`. O(words). */
export function decisionMap(extra: DecisionMap = new Map()): DecisionMap {
  const map = new Map<string, DecisionKindCode>();
  (['approve', 'reject', 'return'] as const).forEach((name) => {
    for (const word of BUILT_IN[name]) map.set(decisionKey(word), KIND_NAMES.indexOf(name) as DecisionKindCode);
  });
  for (const [word, kind] of extra) map.set(decisionKey(word), kind);
  return map;
}

/**
 * Parses `--decision-map "approve=ok,accept;reject=nok;return=back"`: kinds `approve`, `reject`, `return` or `other`,
 * each with comma-separated words. Throws a UserError on an unknown kind or an empty word list. O(length).
 */
export function parseDecisionMap(text: string): DecisionMap {
  const map = new Map<string, DecisionKindCode>();
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const kind = (eq < 0 ? '' : part.slice(0, eq).trim().toLowerCase()) as DecisionKindName;
    const code = KIND_NAMES.indexOf(kind);
    if (code < 0) throw new UserError(`--decision-map: "${part.trim()}" must be KIND=word,word with KIND one of ${KIND_NAMES.join(', ')}`);
    const words = part.slice(eq + 1).split(',').map((word) => word.trim()).filter((word) => word !== '');
    if (words.length === 0) throw new UserError(`--decision-map: no words for ${kind}`);
    for (const word of words) map.set(decisionKey(word), code as DecisionKindCode);
  }
  return map;
}

/** The kind of one decision value; `other` when the word is unknown. O(length). */
export function classifyDecision(word: string, map: DecisionMap): DecisionKindCode {
  return map.get(decisionKey(word)) ?? OTHER;
}
