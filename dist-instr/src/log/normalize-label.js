// One step is one activity however a clerk typed it: labels are trimmed, whitespace collapsed, Unicode NFC,
// and Persian text is brought to one spelling (Arabic ي/ك/ى to Persian ی/ک, one kind of zero-width non-joiner,
// no tatweel, one set of digits).
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const WHITESPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
// Characters exporters and keyboards use in place of ZWNJ, and invisible marks that sneak in.
const ZWNJ_LIKE = /(?:\u200B|\u200C|\u200D|\u00AC|\u200E|\u200F|\uFEFF)+/g;
const ZWNJ_AT_EDGE = /(^|\s)\u200C+|\u200C+(?=\s|$)/g;
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const CANONICAL_ASCII = /^[!-~]+(?: [!-~]+)*$/;
/** Maps Persian (U+06F0–9) and Arabic-Indic (U+0660–9) digits to ASCII digits. O(n). */
export function toLatinDigits(text) {
    return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => {
        const code = digit.charCodeAt(0);
        return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
    });
}
/** Maps ASCII and Arabic-Indic digits to Persian digits. O(n). */
export function toPersianDigits(text) {
    return text.replace(/[0-9\u0660-\u0669]/g, (digit) => {
        const code = digit.charCodeAt(0);
        return PERSIAN_DIGITS[code <= 57 ? code - 48 : code - 0x0660] ?? digit;
    });
}
/**
 * Canonical form of a label: trimmed, whitespace collapsed to one space, NFC; in text with Arabic-script letters,
 * Arabic yeh/kaf/alef maksura become Persian yeh/kaf, ZWNJ look-alikes become one ZWNJ (none at word edges),
 * tatweel is removed and digits become Persian digits. O(n) in the label length.
 */
export function normalizeLabel(raw) {
    // Most labels (ids, English step names) are printable ASCII with single inner spaces: already canonical.
    if (CANONICAL_ASCII.test(raw))
        return raw;
    let text = raw.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
    if (!ARABIC_SCRIPT.test(text))
        return text;
    text = text
        .replace(/\u064A/g, '\u06CC')
        .replace(/\u0649/g, '\u06CC')
        .replace(/\u0643/g, '\u06A9')
        .replace(/\u0640/g, '')
        .replace(ZWNJ_LIKE, '\u200C')
        .replace(ZWNJ_AT_EDGE, '$1');
    return toPersianDigits(text).trim();
}
