// Where the shared real logs are: `../shared` next to the checkout, or REDTAPE_SHARED (a git worktree under another
// folder points it at the same place). Tests that need them skip with a message when the folder is absent.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export const SHARED = resolve(process.env.REDTAPE_SHARED ?? join(REPO_ROOT, '..', 'shared'));
export const SHARED_PRESENT = existsSync(join(SHARED, 'data'));
