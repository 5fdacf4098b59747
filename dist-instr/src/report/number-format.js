// How the human-readable renderers write counts and shares, in one place so text, Markdown and tables agree: counts
// with thousands separators (en-US, so a Persian report's figures still parse in a spreadsheet), shares as percentages
// with one decimal.
/** A count with thousands separators: 12,345. */
export function formatCount(value) {
    return value.toLocaleString('en-US');
}
/** A share (0–1) as a percentage with one decimal: 0.1234 → 12.3%. */
export function formatShare(share) {
    return `${(share * 100).toFixed(1)}%`;
}
