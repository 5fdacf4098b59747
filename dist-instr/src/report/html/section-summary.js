// The log summary and data-quality sections of the HTML report.
import { html } from './escape-html.js';
/** Summary figures and the data-quality table, with label merges and warnings listed. */
export function summarySection(log, l) {
    const range = log.timeRange ? `${l.dateTime(Date.parse(log.timeRange.start))} → ${l.dateTime(Date.parse(log.timeRange.end))}` : '—';
    const quality = [
        [l.t('rowsRejected'), log.rejected.count],
        [l.t('labelMerges'), log.labelMerges.length],
        [l.t('duplicateEvents'), log.quality.duplicateEvents],
        [l.t('singleEventCases'), log.quality.singleEventCases],
        [l.t('outOfOrder'), log.quality.outOfOrderRows],
        [l.t('futureEvents'), log.quality.futureEvents],
    ];
    return html `<section id="summary">
<h2>${l.t('summary')}</h2>
<dl class="kv">
<dt>${l.t('events')}</dt><dd>${l.number(log.events)}</dd>
<dt>${l.t('cases')}</dt><dd>${l.number(log.cases)}</dd>
<dt>${l.t('activities')}</dt><dd>${l.number(log.activities.length)}</dd>
<dt>${l.t('resources')}</dt><dd>${l.number(log.resources.length)}</dd>
<dt>${l.t('timeRange')}</dt><dd dir="ltr">${range}</dd>
<dt>${l.t('timestampFormat')}</dt><dd dir="auto">${log.timestampFormat} (${log.timezone})</dd>
</dl>
</section>
<section id="quality">
<h2>${l.t('dataQuality')}</h2>
<table><tbody>
${quality.map(([label, value]) => html `<tr><td>${label}</td><td class="num${value > 0 ? ' warn' : ''}">${l.number(value)}</td></tr>`)}
</tbody></table>
${Object.entries(log.rejected.byReason).map(([reason, count]) => html `<p class="note" dir="auto">${reason}: ${l.number(count)}</p>`)}
${log.labelMerges.length ? html `<details><summary>${l.t('labelMerges')} (${l.number(log.labelMerges.length)})</summary><div class="body"><ul>${log.labelMerges.map((merge) => html `<li dir="auto">${merge.canonical} ← ${merge.variants.join(' · ')}</li>`)}</ul></div></details>` : ''}
${log.warnings.map((warning) => html `<p class="note warn" dir="auto">${warning}</p>`)}
</section>`;
}
