// The command registry: one module per command.

import type { RegisterCommand } from '../command-kit.js';
import { registerAudit } from './audit.js';
import { registerBottlenecks } from './bottlenecks.js';
import { registerCheck } from './check.js';
import { registerCompare } from './compare.js';
import { registerConvert } from './convert.js';
import { registerInspect } from './inspect.js';
import { registerMap } from './map.js';
import { registerPolicy } from './policy.js';
import { registerReport } from './report.js';
import { registerVariants } from './variants.js';

export const COMMANDS: readonly RegisterCommand[] = [
  registerInspect,
  registerConvert,
  registerMap,
  registerVariants,
  registerBottlenecks,
  registerCheck,
  registerPolicy,
  registerReport,
  registerAudit,
  registerCompare,
];
