// Entry point of the redtape command: builds the commander program from the command registry and is the only place
// that turns outcomes into exit codes (0 ok, 1 findings at/above --fail-on, 2 bad input or usage).
import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { commandsFor } from './commands/index.js';
import { withConfig } from './config-argv.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
/** Builds the program from command registrations; each command's action resolves to its exit code. */
export function buildProgram(commands, setExitCode) {
    const program = new Command('redtape')
        .description('Mine approval logs: the actual process, redundant signatures, bottlenecks, and reports an auditor can defend.')
        .version('0.1.0')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    for (const register of commands)
        addConfigOption(register(program, { setExitCode }));
    return program;
}
/** Every command that runs (a subcommand such as `policy suggest` included) takes `--config`. */
function addConfigOption(command) {
    command.exitOverride();
    if (command.commands.length > 0)
        for (const sub of command.commands)
            addConfigOption(sub);
    else
        command.option('--config <file>', 'read options from a YAML or JSON file (command-line options override it)');
}
/** Runs the CLI with `argv` (as in `process.argv`) and sets `process.exitCode`. Never prints a stack trace for user errors. */
export async function runMain(argv) {
    let exitCode = EXIT_OK;
    const program = buildProgram(await commandsFor(argv.slice(2)), (code) => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv.slice(0, 2), ...(await withConfig(argv.slice(2), program))]);
    }
    catch (error) {
        exitCode = exitCodeForError(error);
    }
    process.exitCode = exitCode;
}
function exitCodeForError(error) {
    if (error instanceof CommanderError) {
        // Help and version are successful exits; commander already printed the message.
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')
            return EXIT_OK;
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
function isSystemError(error) {
    return error instanceof Error && typeof error.code === 'string' && error.syscall !== undefined;
}
