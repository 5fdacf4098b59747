import type { BottleneckReport } from '../performance/analyze-bottlenecks.js';
/** Columns: kind, name, from, to, events, waiting_*, service_*, share_of_waiting, share_of_throughput, rising. */
export declare function renderBottlenecksCsv(report: BottleneckReport): string;
