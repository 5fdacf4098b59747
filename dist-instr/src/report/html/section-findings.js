// The findings table of the HTML report: ranked by severity, each expandable to its metrics, evidence cases and
// plain explanation. Case lists are capped (with a count) so the file stays small however large the log.
import { html } from './escape-html.js';
const CASE_LIMIT = 50;
/** Metrics whose name says they are durations (seconds in the data) are shown in human units. */
const DURATION_METRIC = /waiting|saved|service|throughput|duration|lost/i;
function metricValue(name, value, l, duration) {
    if (DURATION_METRIC.test(name))
        return duration(value);
    return Number.isInteger(value) ? l.number(value) : l.number(value, 3);
}
/** One row per finding, with a details panel. */
export function findingsSection(findings, l, duration) {
    if (findings.length === 0)
        return html `<section id="findings"><h2>${l.t('findings')}</h2><p>${l.t('noFindings')}</p></section>`;
    return html `<section id="findings">
<h2>${l.t('findings')} (${l.number(findings.length)})</h2>
${findings.map((finding) => {
        const shown = finding.cases.slice(0, CASE_LIMIT);
        return html `<details class="finding">
<summary><span class="sev sev-${finding.severity}">${finding.severity}</span> <b>${finding.type}</b> · <span dir="auto">${finding.activities.join(' · ')}</span> · ${l.number(finding.cases.length)} ${l.t('cases')}</summary>
<div class="body">
<p dir="auto">${finding.message}</p>
<table><tbody>${Object.entries(finding.metrics).map(([name, value]) => html `<tr><td>${name}</td><td class="num">${metricValue(name, value, l, duration)}</td></tr>`)}</tbody></table>
<p>${l.t('evidence')}:</p><p class="cases" dir="auto">${shown.join(', ')}${finding.cases.length > shown.length ? html ` … ${l.t('andMore', { n: finding.cases.length - shown.length })}` : ''}</p>
</div>
</details>`;
    })}
</section>`;
}
