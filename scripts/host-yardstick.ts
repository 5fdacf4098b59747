// How fast this host is right now, measured the same way every time, so benchmark figures from different days can be
// told apart by the machine's state rather than by the code: the cost of a memory page a process touches for the
// first time (10–17 µs on the 2-core VM in the fifth session, and `redtape audit` on the benchmark log touches
// 80,000+ of them), and the speed of a plain compute loop.

import { spawnSync } from 'node:child_process';

/** The yardstick's readings. */
export interface HostYardstick {
  /** Microseconds per 4 KiB page touched for the first time (64 MiB, minus the cost of touching it again). */
  readonly pageMicros: number;
  /** Nanoseconds per byte of a byte-at-a-time FNV-1a hash over the same 64 MiB. */
  readonly hashNsPerByte: number;
}

// Run in a fresh process, so the bench's own memory neither helps (pages already mapped) nor grows by 64 MiB.
const PROBE = `
const n = 64 << 20;
let t = performance.now();
const a = new Uint8Array(n);
for (let i = 0; i < n; i += 4096) a[i] = 1;
const first = performance.now() - t;
t = performance.now();
for (let i = 0; i < n; i += 4096) a[i] = 2;
const again = performance.now() - t;
t = performance.now();
let h = 0x811c9dc5;
for (let i = 0; i < n; i++) { h ^= a[i]; h = Math.imul(h, 16777619); }
const hash = performance.now() - t;
process.stdout.write(JSON.stringify({ pageMicros: ((first - again) * 1000) / (n / 4096), hashNsPerByte: (hash * 1e6) / n, h }));
`;

/** Reads the yardstick in a child `node` (about 0.3 s); null when the child fails. */
export function hostYardstick(): HostYardstick | null {
  const child = spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' });
  if (child.status !== 0) return null;
  const { pageMicros, hashNsPerByte } = JSON.parse(child.stdout) as HostYardstick;
  return { pageMicros, hashNsPerByte };
}
