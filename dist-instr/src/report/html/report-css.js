// The report's only stylesheet, inlined: no external font or file, readable on screen and on paper.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6b7c; --line: #d8dee6; --accent: #b4541e; --high: #b42318; --medium: #b54708; --low: #475467; --info: #667085; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Tahoma, sans-serif; color: var(--ink); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
p.meta { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: start; vertical-align: top; }
th { background: #f4f6f8; font-weight: 600; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); } .sev-info { color: var(--info); }
details > summary { cursor: pointer; }
details .body { padding: 8px 16px; background: #fafbfc; border-inline-start: 3px solid var(--line); }
.cases { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
.chart { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.map { overflow: auto; border: 1px solid var(--line); padding: 8px; }
.map svg { max-width: 100%; height: auto; }
.note { color: var(--muted); font-size: 12px; }
.warn { color: var(--medium); }
@media print { body { max-width: none; padding: 0; } details { break-inside: avoid; } details:not([open]) .body { display: block; } h2 { break-after: avoid; } }
`;
