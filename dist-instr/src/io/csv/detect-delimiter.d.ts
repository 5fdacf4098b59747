/** One of `,` `;` tab `|`; comma when none occurs. O(length of the first line). */
export declare function detectDelimiter(head: Buffer): string;
