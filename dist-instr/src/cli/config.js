// `--config redtape.yaml`: every option of a command in one file, so a scheduled job is one line. Options on the
// command line override the file; unknown keys are an error (a typo must not silently change an audit).
//
// Shape: top-level keys are options of any command (kebab-case or camelCase, e.g. `timezone`, `work-hours`),
// a section named after a command holds options for that command only (nested for subcommands: `policy: { suggest:
// … }`), and `inputs` lists files or globs read when the command line names none. Where the arguments go in the
// command line is `config-argv.ts`'s business.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
function kebab(name) {
    return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
/** Line of the key at `path` (e.g. ['audit', 'fail-on']), for error messages. */
function lineOf(config, path) {
    let node = config.document.contents;
    let offset;
    for (const key of path) {
        if (!isMap(node))
            return undefined;
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (!pair)
            return undefined;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        node = pair.value;
    }
    return offset === undefined ? undefined : config.lines.linePos(offset).line;
}
/** Reads a YAML or JSON config file; syntax errors name the line. */
export function loadConfig(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new UserError(`cannot read config ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    const lines = new LineCounter();
    const document = parseDocument(text, { prettyErrors: true, lineCounter: lines });
    const problem = document.errors[0];
    if (problem) {
        const position = problem.linePos?.[0];
        throw new UserError(`invalid config: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, position ? { file, line: position.line, column: position.col } : { file });
    }
    const values = document.toJS();
    if (values === null || values === undefined)
        return { file, document, lines, values: {} };
    if (typeof values !== 'object' || Array.isArray(values))
        throw new UserError('a config file must be a mapping of option names to values', { file, line: 1 });
    return { file, document, lines, values: values };
}
function findOption(command, key) {
    const long = `--${kebab(key)}`;
    return command.options.find((option) => option.long === long || option.long === `--${key}`);
}
function toArgs(option, value, where) {
    const long = option.long;
    if (typeof value === 'boolean') {
        if (option.required || option.optional)
            throw new UserError(`${where()}: ${long} takes a value, not ${value}`);
        if (value)
            return [long];
        return option.negate ? [long] : [];
    }
    if (Array.isArray(value))
        return [long, value.map(String).join(',')];
    if (typeof value === 'string' || typeof value === 'number') {
        if (!option.required && !option.optional)
            throw new UserError(`${where()}: ${long} is a switch: use true or false`);
        return [long, String(value)];
    }
    throw new UserError(`${where()}: ${long} must be a text, a number, a list or true/false`);
}
/** The commands that run (those without subcommands) at or below `command`. */
function leaves(command) {
    return command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Translates the config into arguments for the command reached through `chain` from `root` (e.g. [policy, suggest]
 * for `redtape policy suggest`). The top level is the root's section; a key naming a command opens that command's
 * section, nested as the commands are (`policy: { suggest: { support: 90 } }`). In each section on the way to the
 * command, keys it has an option for apply, inner sections over outer ones; `inputs` likewise. A key that no command
 * under the section knows is an error with its line, as is a section that is not a mapping. O(keys × options).
 */
export function configArgs(config, root, chain) {
    const leaf = chain[chain.length - 1] ?? root;
    const where = (path) => () => {
        const line = lineOf(config, path);
        return `${config.file}${line ? `:${line}` : ''}: key ${path.join('.')}`;
    };
    const readInputs = (value, path) => {
        const list = Array.isArray(value) ? value : [value];
        if (!list.every((item) => typeof item === 'string'))
            throw new UserError(`${where(path)()} must be a file, a glob, or a list of them`);
        return list;
    };
    const levels = [];
    let inputs;
    const visit = (values, node, depth, path) => {
        const args = [];
        levels[depth] = args;
        const names = path.join(' ');
        for (const [key, value] of Object.entries(values)) {
            const keyPath = [...path, key];
            if (key === 'inputs') {
                const files = readInputs(value, keyPath);
                if (inputs === undefined || depth >= inputs.depth)
                    inputs = { depth, files };
                continue;
            }
            const section = node.commands.find((each) => each.name() === key);
            if (section) {
                if (!isMapping(value))
                    throw new UserError(`${where(keyPath)()} must be a mapping of ${[...path, key].join(' ')} options`);
                if (section === chain[depth])
                    visit(value, section, depth + 1, keyPath);
                continue;
            }
            if (key === 'config')
                throw new UserError(`${where(keyPath)()}: a config file cannot name another config file`);
            const option = findOption(leaf, key);
            if (option)
                args.push(...toArgs(option, value, where(keyPath)));
            else if (!leaves(node).some((each) => findOption(each, key))) {
                throw new UserError(`${where(keyPath)()}: ${depth === 0 ? 'unknown option' : `redtape ${names} has no option`} --${kebab(key)}`);
            }
        }
    };
    visit(config.values, root, 0, []);
    return { args: levels.flat(), inputs: inputs?.files ?? [] };
}
