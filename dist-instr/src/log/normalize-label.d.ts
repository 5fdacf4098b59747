/** Maps Persian (U+06F0–9) and Arabic-Indic (U+0660–9) digits to ASCII digits. O(n). */
export declare function toLatinDigits(text: string): string;
/** Maps ASCII and Arabic-Indic digits to Persian digits. O(n). */
export declare function toPersianDigits(text: string): string;
/**
 * Canonical form of a label: trimmed, whitespace collapsed to one space, NFC; in text with Arabic-script letters,
 * Arabic yeh/kaf/alef maksura become Persian yeh/kaf, ZWNJ look-alikes become one ZWNJ (none at word edges),
 * tatweel is removed and digits become Persian digits. O(n) in the label length.
 */
export declare function normalizeLabel(raw: string): string;
