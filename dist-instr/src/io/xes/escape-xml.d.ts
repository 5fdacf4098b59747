/**
 * `text` as the content of a double-quoted XML attribute. Characters XML 1.0 cannot represent become U+FFFD (the
 * only change to the text). O(n); values without special characters are returned as they are.
 */
export declare function escapeXml(text: string): string;
