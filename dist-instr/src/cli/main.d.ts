import { Command } from 'commander';
import type { RegisterCommand } from './command-kit.js';
/** Builds the program from command registrations; each command's action resolves to its exit code. */
export declare function buildProgram(commands: readonly RegisterCommand[], setExitCode: (code: number) => void): Command;
/** Runs the CLI with `argv` (as in `process.argv`) and sets `process.exitCode`. Never prints a stack trace for user errors. */
export declare function runMain(argv: readonly string[]): Promise<void>;
