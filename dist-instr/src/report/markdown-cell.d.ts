/** `text` as the content of one GFM table cell (or any inline Markdown). O(length). */
export declare function markdownCell(text: string | number): string;
