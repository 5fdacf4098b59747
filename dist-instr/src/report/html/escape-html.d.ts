/** Escapes text for HTML/SVG element content and quoted attribute values. O(n). */
export declare function escapeHtml(text: string | number): string;
/** A tagged template that escapes every interpolated value unless it is already {@link SafeHtml}. */
export declare class SafeHtml {
    readonly html: string;
    constructor(html: string);
    toString(): string;
}
/** Builds HTML from a template, escaping interpolations (arrays are joined, SafeHtml passes through). */
export declare function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml;
/** Marks trusted markup (produced by our own renderers, e.g. Graphviz SVG of escaped labels). */
export declare function raw(markup: string): SafeHtml;
