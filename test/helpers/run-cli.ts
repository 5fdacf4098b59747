// Runs the built redtape binary as a user would (NO_COLOR, no terminal) and captures what it prints.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/redtape.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `redtape ...args`, with optional standard input. */
export function runCli(args: readonly string[], input?: string | Buffer): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    cwd: REPO_ROOT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
