// The self-contained HTML report: inline CSS, inline SVG, one tiny inline script (open every panel before printing),
// no request to the network, no external font. Every string from the log is escaped (see escape-html.ts).
import { createHash } from 'node:crypto';
import { html, raw } from './escape-html.js';
import { REPORT_CSS } from './report-css.js';
import { chartsSection } from './section-charts.js';
import { findingsSection } from './section-findings.js';
import { summarySection } from './section-summary.js';
import { variantsSection } from './section-variants.js';
const PRINT_SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});";
// Only this exact script may run (by its hash), so even a label that slipped past escaping could execute nothing.
const SCRIPT_HASH = `sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}`;
function whatIfSection(whatIf, input, l) {
    const d = input.formatDuration;
    return html `<section id="what-if">
<h2>${l.t('whatIf')}</h2>
<table><thead><tr><th></th><th class="num">${l.t('median')} · ${l.t('before')}</th><th class="num">${l.t('median')} · ${l.t('after')}</th><th class="num">${l.t('p90')} · ${l.t('before')}</th><th class="num">${l.t('p90')} · ${l.t('after')}</th></tr></thead><tbody>
${whatIf.rows.map((row) => html `<tr><td dir="auto">${row.scenario}</td><td class="num">${d(row.medianBefore)}</td><td class="num">${d(row.medianAfter)}</td><td class="num">${d(row.p90Before)}</td><td class="num">${d(row.p90After)}</td></tr>`)}
</tbody></table>
<p class="note" dir="auto">${whatIf.method}</p>
</section>`;
}
/** The whole report as one HTML document. Pure: the same input gives the same bytes. */
export function renderHtmlReport(input, l) {
    const map = input.map;
    const document = html `<!DOCTYPE html>
<html lang="${l.lang}" dir="${l.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:">
<meta name="generator" content="redtape">
<title>${l.t('reportTitle')}: ${input.log.files.join(', ')}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<header><h1>${l.t('reportTitle')}</h1><p class="meta" dir="auto">${input.log.files.join(', ')} · ${l.t('generated')} · <time>${input.generatedAt}</time></p></header>
${summarySection(input.log, l)}
${map ? html `<section id="map"><h2>${l.t('processMap')}</h2><p class="note" dir="auto">${l.t('view')}: ${map.view} · ${l.t('simplification')}: ${map.simplification}</p><div class="map">${raw(map.svg)}</div></section>` : ''}
${findingsSection(input.findings, l, input.formatDuration)}
${input.whatIf ? whatIfSection(input.whatIf, input, l) : ''}
${chartsSection(input.charts, l)}
${variantsSection(input.variants.rows, input.variants.total, l)}
<script>${raw(PRINT_SCRIPT)}</script>
</body>
</html>
`;
    return document.html;
}
