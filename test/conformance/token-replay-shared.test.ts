// PM4Py's token-based replay figures on its own inductive-miner nets for the shared logs (../shared/expected). The
// log is rebuilt from PM4Py's variant list (sequences and counts), which is all replay reads, and the real logs (CSV
// and XES) are replayed too. Agreement is asked to 4 decimals; it holds to 10.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../../src/conformance/token-replay.js';
import { readPnml } from '../../src/io/pnml/read-pnml.js';
import { readLog } from '../../src/io/read-log.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { SHARED_DIR as SHARED } from '../helpers/shared-dir.js';

const MODELS = join(SHARED, 'expected', 'models');
const present = existsSync(MODELS);
if (!present) console.warn(`skipping token-replay agreement with PM4Py: ${MODELS} is absent`);

interface Expected {
  variants: { variants: [string[], number][] };
  inductive: Record<string, { fitness_token_based_replay: { log_fitness: number; average_trace_fitness: number; percentage_of_fitting_traces: number } }>;
}

function expected(name: string): Expected {
  return JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')) as Expected;
}

function logFromVariants(variants: [string[], number][]) {
  const rows: EventRow[] = [];
  let caseNumber = 0;
  for (const [activities, count] of variants) {
    for (let k = 0; k < count; k++) {
      caseNumber++;
      activities.forEach((activity, i) => rows.push({ caseId: String(caseNumber), activity, time: i }));
    }
  }
  return logFromRows(rows);
}

const LOGS = ['helpdesk', 'sepsis', 'wabo-receipt', 'InternationalDeclarations'];
const NETS = [
  ['im0', 'noise_0.0'],
  ['im2', 'noise_0.2'],
] as const;

describe.skipIf(!present)('token replay agrees with PM4Py 2.7.11', () => {
  for (const name of LOGS) {
    for (const [model, noise] of NETS) {
      it(`${name} on ${model}`, () => {
        const reference = expected(name);
        const figures = reference.inductive[noise]?.fitness_token_based_replay;
        const result = replayLog(logFromVariants(reference.variants.variants), readPnml(join(MODELS, `${name}.${model}.pnml`)));
        expect(result.logFitness).toBeCloseTo(figures?.log_fitness ?? NaN, 10);
        expect(result.averageTraceFitness).toBeCloseTo(figures?.average_trace_fitness ?? NaN, 10);
        expect(result.fittingTraces * 100).toBeCloseTo(figures?.percentage_of_fitting_traces ?? NaN, 10);
      });
    }
  }

  it.each([
    ['wabo-receipt', 'wabo-receipt/receipt.csv'],
    ['wabo-receipt', 'wabo-receipt/Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz'],
    ['helpdesk', 'helpdesk/helpdesk.xes.gz'],
    ['sepsis', 'sepsis/Sepsis Cases - Event Log.xes.gz'],
    ['InternationalDeclarations', 'bpic2020/InternationalDeclarations.xes.gz'],
  ])('replays the real %s log (%s) like PM4Py', async (name, file) => {
    const { log } = await readLog([join(SHARED, 'data', file)]);
    for (const [model, noise] of NETS) {
      const figures = expected(name).inductive[noise]?.fitness_token_based_replay;
      const result = replayLog(log, readPnml(join(MODELS, `${name}.${model}.pnml`)));
      expect(result.logFitness).toBeCloseTo(figures?.log_fitness ?? NaN, 10);
      expect(result.averageTraceFitness).toBeCloseTo(figures?.average_trace_fitness ?? NaN, 10);
      expect(result.fittingTraces * 100).toBeCloseTo(figures?.percentage_of_fitting_traces ?? NaN, 10);
    }
  });
});
