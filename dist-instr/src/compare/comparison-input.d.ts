import type { Finding } from '../audit/finding.js';
import type { EventLog } from '../log/event-log.js';
import { type BottleneckOptions } from '../performance/analyze-bottlenecks.js';
import type { ComparisonInput } from './comparison.js';
/**
 * The parts of a report model that {@link compareReports} reads, for `log`. Pure. Cost: the bottleneck analysis
 * (O(n) expected), the variants (O(n), plus O(n log n) for their median throughput times) and the samples (O(n)).
 */
export declare function comparisonInput(log: EventLog, findings: readonly Finding[], options?: BottleneckOptions): ComparisonInput;
