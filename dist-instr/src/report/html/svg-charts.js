// Small, dependency-free SVG charts for the HTML report: horizontal bars, a histogram, a time line and a dotted chart.
// Pure functions from numbers to markup; every label goes through escapeHtml.
import { escapeHtml } from './escape-html.js';
const FONT = 'font-family="system-ui, sans-serif" font-size="11"';
/** Horizontal bars, one per label, longest first as given. `format` renders a value for its label. */
export function barChart(items, format, width = 640) {
    const rowHeight = 20;
    const labelWidth = 220;
    const max = Math.max(1e-9, ...items.map((item) => item.value));
    const height = items.length * rowHeight + 10;
    const bars = items.map((item, i) => {
        const y = 5 + i * rowHeight;
        const barWidth = Math.max(1, ((width - labelWidth - 90) * item.value) / max);
        return (`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" ${FONT}><tspan>${escapeHtml(truncate(item.label, 36))}</tspan><title>${escapeHtml(item.label)}</title></text>` +
            `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth.toFixed(1)}" height="${rowHeight - 6}" fill="#d9822b"><title>${escapeHtml(item.label)}: ${escapeHtml(format(item.value))}</title></rect>` +
            `<text x="${(labelWidth + barWidth + 4).toFixed(1)}" y="${y + 14}" ${FONT}>${escapeHtml(format(item.value))}</text>`);
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars.join('')}</svg>`;
}
/** Histogram of `values` in `bins` equal-width bins, the x axis labelled with `format`. */
export function histogram(values, format, bins = 20, width = 640, height = 200) {
    if (values.length === 0)
        return '';
    let min = Infinity;
    let max = -Infinity;
    for (const value of values) {
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    const span = max - min || 1;
    const counts = new Array(bins).fill(0);
    for (const value of values) {
        const bin = Math.min(bins - 1, Math.floor(((value - min) / span) * bins));
        counts[bin] = (counts[bin] ?? 0) + 1;
    }
    const top = Math.max(...counts);
    const plotHeight = height - 30;
    const barWidth = (width - 20) / bins;
    const bars = counts.map((count, i) => {
        const barHeight = (plotHeight * count) / top;
        const from = min + (span * i) / bins;
        const to = min + (span * (i + 1)) / bins;
        return `<rect x="${(10 + i * barWidth).toFixed(1)}" y="${(plotHeight - barHeight + 5).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="#4a7ab0"><title>${escapeHtml(`${format(from)} – ${format(to)}: ${count}`)}</title></rect>`;
    });
    const axis = `<text x="10" y="${height - 5}" ${FONT}>${escapeHtml(format(min))}</text><text x="${width - 10}" y="${height - 5}" text-anchor="end" ${FONT}>${escapeHtml(format(max))}</text>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars.join('')}${axis}</svg>`;
}
/** Lines over time: `series` share the x axis `times` (epoch ms). */
export function lineChart(times, series, formatTime, width = 640, height = 220) {
    if (times.length < 2)
        return '';
    const first = times[0];
    const last = times[times.length - 1];
    const top = Math.max(1, ...series.flatMap((each) => each.values));
    const plotHeight = height - 40;
    const x = (time) => 30 + ((width - 40) * (time - first)) / (last - first || 1);
    const y = (value) => 10 + plotHeight - (plotHeight * value) / top;
    const lines = series.map((each) => {
        const points = each.values.map((value, i) => `${x(times[i]).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
        return `<polyline fill="none" stroke="${each.colour}" stroke-width="1.5" points="${points}"><title>${escapeHtml(each.name)}</title></polyline>`;
    });
    const legend = series.map((each, i) => `<text x="${40 + i * 150}" y="${height - 5}" fill="${each.colour}" ${FONT}>■ ${escapeHtml(each.name)}</text>`);
    const axis = `<text x="30" y="${height - 20}" ${FONT}>${escapeHtml(formatTime(first))}</text>` +
        `<text x="${width - 10}" y="${height - 20}" text-anchor="end" ${FONT}>${escapeHtml(formatTime(last))}</text>` +
        `<text x="2" y="16" ${FONT}>${top}</text>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${lines.join('')}${axis}${legend.join('')}</svg>`;
}
/** Dotted chart: one row per case (a sample), one dot per event at its time, coloured by activity. */
export function dottedChart(rows, activityNames, formatTime, width = 640) {
    const all = rows.flatMap((row) => row.times);
    if (all.length === 0)
        return '';
    const first = Math.min(...all);
    const last = Math.max(...all);
    const rowHeight = Math.max(1, Math.min(4, 300 / rows.length));
    const height = rows.length * rowHeight + 40;
    const x = (time) => 10 + ((width - 20) * (time - first)) / (last - first || 1);
    const dots = rows.flatMap((row, r) => row.times.map((time, i) => `<rect x="${x(time).toFixed(1)}" y="${(r * rowHeight).toFixed(1)}" width="2" height="${Math.max(1, rowHeight - 0.5)}" fill="${colourOf(row.activities[i] ?? 0)}"/>`));
    const used = [...new Set(rows.flatMap((row) => row.activities))].slice(0, 12);
    const legend = used.map((activity, i) => `<text x="${10 + (i % 4) * 160}" y="${rows.length * rowHeight + 14 + Math.floor(i / 4) * 12}" fill="${colourOf(activity)}" font-size="9" font-family="system-ui, sans-serif">■ ${escapeHtml(truncate(activityNames[activity] ?? '', 24))}</text>`);
    const axis = `<text x="10" y="${height - 2}" ${FONT}>${escapeHtml(formatTime(first))}</text><text x="${width - 10}" y="${height - 2}" text-anchor="end" ${FONT}>${escapeHtml(formatTime(last))}</text>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height + 30}" width="${width}" height="${height + 30}">${dots.join('')}${legend.join('')}${axis}</svg>`;
}
const PALETTE = ['#4a7ab0', '#d9822b', '#3f9e4d', '#c23b3b', '#8e6bbf', '#8c564b', '#d16fb0', '#7f7f7f', '#b5b52a', '#26a6b8', '#1f3f8f', '#e0a800'];
function colourOf(index) {
    return PALETTE[index % PALETTE.length];
}
function truncate(text, length) {
    const chars = [...text];
    return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}
