// Every label, resource and case id comes from an untrusted export: all text reaches HTML and SVG through here.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };
/** Escapes text for HTML/SVG element content and quoted attribute values. O(n). */
export function escapeHtml(text) {
    return String(text).replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}
/** A tagged template that escapes every interpolated value unless it is already {@link SafeHtml}. */
export class SafeHtml {
    html;
    constructor(html) {
        this.html = html;
    }
    toString() {
        return this.html;
    }
}
/** Builds HTML from a template, escaping interpolations (arrays are joined, SafeHtml passes through). */
export function html(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
        out += render(value) + (strings[i + 1] ?? '');
    });
    return new SafeHtml(out);
}
function render(value) {
    if (value instanceof SafeHtml)
        return value.html;
    if (Array.isArray(value))
        return value.map(render).join('');
    if (value === null || value === undefined || value === false)
        return '';
    return escapeHtml(String(value));
}
/** Marks trusted markup (produced by our own renderers, e.g. Graphviz SVG of escaped labels). */
export function raw(markup) {
    return new SafeHtml(markup);
}
