// Where the shared real logs and PM4Py's reference results are: `../shared` from the checkout (the guide's rule), or
// REDTAPE_SHARED when a checkout lives elsewhere (a git worktree under /work/wt/NAME has no ../shared).

import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export const SHARED_DIR = process.env.REDTAPE_SHARED ?? join(REPO_ROOT, '..', 'shared');
