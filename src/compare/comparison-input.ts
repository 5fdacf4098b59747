// One side of a comparison from a log: the bottleneck analysis and every variant, with the findings of an audit run
// on the same log (the CLI runs it, as `redtape report` does).

import type { Finding } from '../audit/finding.js';
import { variantRows, variantsOf } from '../discovery/variants.js';
import type { EventLog } from '../log/event-log.js';
import { analyzeBottlenecks, type BottleneckOptions } from '../performance/analyze-bottlenecks.js';
import type { ComparisonInput } from './comparison.js';

/**
 * The parts of a report model that {@link compareReports} reads, for `log`. Pure. Cost: the bottleneck analysis
 * (O(n) expected) and the variants (O(n), plus O(n log n) for their median throughput times).
 */
export function comparisonInput(log: EventLog, findings: readonly Finding[], options: BottleneckOptions = {}): ComparisonInput {
  const bottlenecks = analyzeBottlenecks(log, options);
  return {
    log: { files: log.source.files, cases: log.caseIds.length, events: log.activity.length, timeRange: bottlenecks.timeRange },
    bottlenecks,
    findings,
    variants: variantRows(log, variantsOf(log)),
    caseIds: log.caseIds,
  };
}
