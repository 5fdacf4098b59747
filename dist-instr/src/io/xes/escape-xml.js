// Escaping for XML attribute values: every value in an XES file comes from an untrusted export.
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    // Attribute-value normalization would turn raw tabs and line breaks into spaces; character references keep them.
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
// Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF,
// and unpaired surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"'\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/**
 * `text` as the content of a double-quoted XML attribute. Characters XML 1.0 cannot represent become U+FFFD (the
 * only change to the text). O(n); values without special characters are returned as they are.
 */
export function escapeXml(text) {
    if (!NEEDS_WORK.test(text))
        return text;
    return text.replace(NOT_XML, '\uFFFD').replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}
