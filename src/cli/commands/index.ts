// The command registry: one module per command.

import type { RegisterCommand } from '../command-kit.js';
import { registerConvert } from './convert.js';
import { registerInspect } from './inspect.js';

export const COMMANDS: readonly RegisterCommand[] = [registerInspect, registerConvert];
