// Entry point of the redtape command: builds the commander program from the command registry and is the only place
// that turns outcomes into exit codes (0 ok, 1 findings at/above --fail-on, 2 bad input or usage).

import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { COMMANDS } from './commands/index.js';
import { configArgs, hasPositional, loadConfig } from './config.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/** Builds the program; each command's action resolves to its exit code. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('redtape')
    .description('Mine approval logs: the actual process, redundant signatures, bottlenecks, and reports an auditor can defend.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) {
    const command = register(program, { setExitCode }).exitOverride();
    command.option('--config <file>', 'read options from a YAML or JSON file (command-line options override it)');
  }
  return program;
}

/** Runs the CLI with `argv` (as in `process.argv`) and sets `process.exitCode`. Never prints a stack trace for user errors. */
export async function runMain(argv: readonly string[]): Promise<void> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv.slice(0, 2), ...withConfig(argv.slice(2), program)]);
  } catch (error) {
    exitCode = exitCodeForError(error);
  }
  process.exitCode = exitCode;
}

/**
 * Inserts a `--config` file's options right after the command name (so the user's own options, coming later, win)
 * and its `inputs` at the end when the command line names no input.
 */
function withConfig(args: readonly string[], program: Command): string[] {
  const commandAt = args.findIndex((arg) => !arg.startsWith('-'));
  const command = program.commands.find((each) => each.name() === args[commandAt]);
  if (!command) return [...args];
  const rest = args.slice(commandAt + 1);
  let file: string | undefined;
  rest.forEach((arg, i) => {
    if (arg === '--config') file = rest[i + 1];
    else if (arg.startsWith('--config=')) file = arg.slice('--config='.length);
  });
  if (file === undefined) return [...args];
  const config = configArgs(loadConfig(file), command, program.commands);
  const inputs = hasPositional(rest, command) ? [] : config.inputs;
  return [...args.slice(0, commandAt + 1), ...config.args, ...rest, ...(inputs.length ? ['--', ...inputs] : [])];
}

function exitCodeForError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are successful exits; commander already printed the message.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof UserError) {
    process.stderr.write(`redtape: ${error.toString()}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (isSystemError(error)) {
    process.stderr.write(`redtape: ${message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`redtape: internal error: ${message}\n${error instanceof Error ? (error.stack ?? '') : ''}\n`);
  return 3;
}

/** File-system errors (missing file, permission) are the user's to fix: one line, exit 2. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
}
