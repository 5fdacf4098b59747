// Charts of the HTML report: throughput distribution, waiting per step, work in progress, and a dotted chart.
import { formatDuration } from '../../performance/duration.js';
import { html, raw } from './escape-html.js';
import { barChart, dottedChart, histogram, lineChart } from './svg-charts.js';
/** The four charts; a chart whose data is empty is left out. */
export function chartsSection(data, l) {
    const duration = (seconds) => formatDuration(seconds, data.dayLength);
    const parts = [];
    if (data.throughputSeconds.length) {
        parts.push(html `<h3>${l.t('throughput')}</h3>${raw(histogram(data.throughputSeconds, duration))}`);
    }
    if (data.waitingPerStep.length) {
        const bars = data.waitingPerStep.slice(0, 15).map((step) => ({ label: step.name, value: step.total }));
        parts.push(html `<h3>${l.t('waitingPerStep')}</h3>${raw(barChart(bars, duration))}`);
    }
    if (data.wip && data.wip.times.length > 1) {
        const series = [
            { name: l.t('openCases'), values: data.wip.open, colour: '#4a7ab0' },
            { name: l.t('arrivals'), values: data.wip.arrivals, colour: '#3f9e4d' },
            { name: l.t('completions'), values: data.wip.completions, colour: '#c23b3b' },
        ];
        parts.push(html `<h3>${l.t('wip')}</h3>${raw(lineChart(data.wip.times, series, (time) => l.date(time)))}`);
    }
    if (data.sample.length) {
        parts.push(html `<h3>${l.t('dottedChart')}</h3>${raw(dottedChart(data.sample, data.activityNames, (time) => l.date(time)))}`);
    }
    return html `<section id="charts">${parts}</section>`;
}
