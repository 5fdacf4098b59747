// Times `redtape audit` on the 2.5M-event benchmark log: node dist/scripts/bench-audit.js [--file CSV] [--runs 3]
// [--no-cli]. In process: ingest, then per run the audit (all rules and the what-if) and the JSON and text renderings.
// End to end: the command itself in a fresh process (`redtape audit FILE --format json|text -o …`), wall time and
// peak RSS, twice each. The log defaults to `npm run bench`'s cached file (written once, seeded, when missing).
// Timings on a shared machine scale with its load: the 1-minute load average is printed with them.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditLog } from '../src/audit/audit-log.js';
import { readLog } from '../src/io/read-log.js';
import { renderAuditText } from '../src/report/render-audit.js';
import { writeAuditJson } from '../src/report/write-audit-json.js';
import { writeApprovalLog } from './generate-approval-log.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'redtape.js');
/** Makes the child print its own peak RSS (getrusage) on exit: Node reports no child rusage to the parent. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(ROOT, 'bench-data', 'permits-en-230000-seed2500.csv') },
    runs: { type: 'string', default: '3' },
    'no-cli': { type: 'boolean', default: false },
  },
});
const file = values.file;
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(2)} s`;
const load = (): string => (loadavg()[0] ?? 0).toFixed(1);

if (!existsSync(file)) {
  process.stderr.write(`writing ${file} (230,000 cases, about 2.5M events; once)…\n`);
  mkdirSync(dirname(file), { recursive: true });
  await writeApprovalLog(file, { seed: 2500, cases: 230_000, language: 'en' });
}
process.stdout.write(`${file}: ${(statSync(file).size / 1e6).toFixed(0)} MB, Node ${process.version}, load average ${load()}\n`);
let started = performance.now();
const { log } = await readLog([file]);
process.stdout.write(`ingest: ${log.activity.length} events, ${log.caseIds.length} cases in ${seconds(started)}\n`);
for (let run = 0; run < Number(values.runs); run++) {
  started = performance.now();
  const result = auditLog(log);
  const audit = seconds(started);
  started = performance.now();
  // As the command renders it: in pieces, each handed on (here only counted) as it is produced.
  let json = 0;
  writeAuditJson(result, (piece) => (json += piece.length));
  const jsonTime = seconds(started);
  started = performance.now();
  const text = renderAuditText(result);
  const cases = result.findings.reduce((sum, finding) => sum + finding.cases.length, 0);
  process.stdout.write(
    `audit (all rules, what-if): ${audit}, ${result.findings.length} findings listing ${cases} cases; ` +
      `render JSON ${jsonTime} (${(json / 1e6).toFixed(1)} MB), text ${seconds(started)} (${text.length} chars)\n`,
  );
}
if (!values['no-cli']) {
  const out = join(tmpdir(), `redtape-bench-audit-${process.pid}`);
  for (const format of ['json', 'text']) {
    for (let run = 0; run < 2; run++) {
      started = performance.now();
      const child = spawnSync(process.execPath, ['--import', REPORT_RSS, BIN, 'audit', file, '--format', format, '-o', `${out}.${format}`, '--quiet'], { encoding: 'utf8' });
      const wall = seconds(started);
      if (child.status !== 0) throw new Error(`redtape audit exited with ${child.status}: ${child.stderr}`);
      // The reading worker runs the --import too and reports first (its exit comes before the main thread's peak):
      // the largest figure is the process's.
      const rss = Math.max(0, ...[...child.stderr.matchAll(/maxrss (\d+)/g)].map((match) => Number(match[1]))) || undefined;
      process.stdout.write(`end to end: redtape audit --format ${format}: ${wall}, peak RSS ${rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : '?'} (load average ${load()})\n`);
    }
    rmSync(`${out}.${format}`, { force: true });
  }
}
