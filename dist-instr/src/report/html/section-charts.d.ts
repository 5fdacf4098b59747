import type { Locale } from '../i18n.js';
import type { CaseSample } from '../sample-cases.js';
import { type SafeHtml } from './escape-html.js';
/** Chart data, already computed from the log (durations in seconds). */
export interface ChartData {
    readonly throughputSeconds: readonly number[];
    readonly dayLength: number;
    readonly waitingPerStep: readonly {
        readonly name: string;
        readonly total: number;
    }[];
    readonly wip: {
        readonly times: readonly number[];
        readonly open: readonly number[];
        readonly arrivals: readonly number[];
        readonly completions: readonly number[];
    } | null;
    readonly sample: readonly CaseSample[];
    readonly activityNames: readonly string[];
}
/** The four charts; a chart whose data is empty is left out. */
export declare function chartsSection(data: ChartData, l: Locale): SafeHtml;
