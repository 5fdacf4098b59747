/** A count with thousands separators: 12,345. */
export declare function formatCount(value: number): string;
/** A share (0–1) as a percentage with one decimal: 0.1234 → 12.3%. */
export declare function formatShare(share: number): string;
