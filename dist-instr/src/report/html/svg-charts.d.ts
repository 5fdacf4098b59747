/** Horizontal bars, one per label, longest first as given. `format` renders a value for its label. */
export declare function barChart(items: readonly {
    label: string;
    value: number;
}[], format: (value: number) => string, width?: number): string;
/** Histogram of `values` in `bins` equal-width bins, the x axis labelled with `format`. */
export declare function histogram(values: readonly number[], format: (value: number) => string, bins?: number, width?: number, height?: number): string;
/** Lines over time: `series` share the x axis `times` (epoch ms). */
export declare function lineChart(times: readonly number[], series: readonly {
    name: string;
    values: readonly number[];
    colour: string;
}[], formatTime: (time: number) => string, width?: number, height?: number): string;
/** Dotted chart: one row per case (a sample), one dot per event at its time, coloured by activity. */
export declare function dottedChart(rows: readonly {
    times: readonly number[];
    activities: readonly number[];
}[], activityNames: readonly string[], formatTime: (time: number) => string, width?: number): string;
