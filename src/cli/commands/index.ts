// The command registry: one module per command.

import type { RegisterCommand } from '../command-kit.js';

export const COMMANDS: readonly RegisterCommand[] = [];
