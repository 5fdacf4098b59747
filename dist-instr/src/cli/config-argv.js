// Where a `--config` file's arguments go in the command line: after the name of the command that runs (a subcommand
// such as `policy suggest` included), before the user's own options so those win; the file's `inputs` go where the
// command's input operands go (for `convert`, before the output file) when the command line names no input.
/** Commands whose last operands are not inputs (e.g. `convert IN... OUT`), with how many such operands they take. */
const trailingOperands = new WeakMap();
/**
 * Declares that `command`'s last `count` operands are not inputs (an output file), so config `inputs` are placed
 * before them, and a command line naming only them still reads the config's inputs. Returns `command`.
 */
export function declareTrailingOperands(command, count) {
    trailingOperands.set(command, count);
    return command;
}
/** `args` (a command's arguments, without its name) split into options with their values and operands. O(args). */
export function splitOperands(args, command) {
    const options = [];
    const operands = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            operands.push(...args.slice(i + 1));
            break;
        }
        if (arg === '-' || !arg.startsWith('-')) {
            operands.push(arg);
            continue;
        }
        options.push(arg);
        if (arg.includes('='))
            continue;
        const option = command.options.find((each) => each.long === arg || each.short === arg);
        if (option?.required && i + 1 < args.length)
            options.push(args[++i]);
    }
    return { options, operands };
}
/** The command `args` runs (descending into subcommands) and the index of its name, or undefined for none. */
function commandAt(args, program) {
    let at = args.findIndex((arg) => !arg.startsWith('-'));
    let command = program.commands.find((each) => each.name() === args[at]);
    if (!command)
        return undefined;
    const chain = [command];
    while (command.commands.length > 0) {
        const next = command.commands.find((each) => each.name() === args[at + 1]);
        if (!next)
            return undefined;
        command = next;
        chain.push(command);
        at++;
    }
    return { chain, at };
}
/**
 * `args` (as after `node redtape`) with the `--config` file's options inserted right after the running command's
 * name, and its `inputs` placed as operands when the command line names no input. Unchanged without `--config`, and
 * then the config reader (and its YAML parser) is not even loaded.
 */
export async function withConfig(args, program) {
    const found = commandAt(args, program);
    if (!found)
        return [...args];
    const command = found.chain[found.chain.length - 1];
    const rest = args.slice(found.at + 1);
    let file;
    rest.forEach((arg, i) => {
        if (arg === '--config')
            file = rest[i + 1];
        else if (arg.startsWith('--config='))
            file = arg.slice('--config='.length);
    });
    if (file === undefined)
        return [...args];
    const { configArgs, loadConfig } = await import('./config.js');
    const config = configArgs(loadConfig(file), program, found.chain);
    const head = [...args.slice(0, found.at + 1), ...config.args];
    const { options, operands } = splitOperands(rest, command);
    if (config.inputs.length === 0 || operands.length > (trailingOperands.get(command) ?? 0))
        return [...head, ...rest];
    return [...head, ...options, '--', ...config.inputs, ...operands];
}
