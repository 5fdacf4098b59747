// The variants table of the HTML report.
import { formatDuration } from '../../performance/duration.js';
import { html } from './escape-html.js';
/** The most frequent variants (already capped by the caller), with share, cumulative share and median throughput. */
export function variantsSection(rows, total, l) {
    return html `<section id="variants">
<h2>${l.t('variants')}</h2>
<table><thead><tr><th class="num">#</th><th class="num">${l.t('count')}</th><th class="num">${l.t('share')}</th><th class="num">${l.t('cumulative')}</th><th class="num">${l.t('median')}</th><th>${l.t('sequence')}</th></tr></thead><tbody>
${rows.map((row, i) => html `<tr><td class="num">${l.number(i + 1)}</td><td class="num">${l.number(row.count)}</td><td class="num">${l.percent(row.share)}</td><td class="num">${l.percent(row.cumulativeShare)}</td><td class="num">${formatDuration(row.medianThroughput)}</td><td dir="auto">${row.activities.join(' → ')}</td></tr>`)}
</tbody></table>
${rows.length < total ? html `<p class="note">${l.t('andMore', { n: total - rows.length })}</p>` : ''}
</section>`;
}
