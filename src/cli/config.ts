// `--config redtape.yaml`: every option of a command in one file, so a scheduled job is one line. Options on the
// command line override the file; unknown keys are an error (a typo must not silently change an audit).
//
// Shape: top-level keys are options of any command (kebab-case or camelCase, e.g. `timezone`, `work-hours`),
// a section named after a command holds options for that command only, and `inputs` lists files or globs read when
// the command line names none.

import { readFileSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from '../errors.js';

/** Scalars and lists a config value may be. */
type ConfigValue = string | number | boolean | readonly (string | number)[];

interface LoadedConfig {
  readonly file: string;
  readonly document: Document;
  readonly lines: LineCounter;
  readonly values: Record<string, unknown>;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Line of the key at `path` (e.g. ['audit', 'fail-on']), for error messages. */
function lineOf(config: LoadedConfig, path: readonly string[]): number | undefined {
  let node: unknown = config.document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair) return undefined;
    offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    node = pair.value;
  }
  return offset === undefined ? undefined : config.lines.linePos(offset).line;
}

/** Reads a YAML or JSON config file; syntax errors name the line. */
export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, lineCounter: lines });
  const problem = document.errors[0];
  if (problem) {
    const position = problem.linePos?.[0];
    throw new UserError(`invalid config: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, position ? { file, line: position.line, column: position.col } : { file });
  }
  const values = document.toJS() as unknown;
  if (values === null || values === undefined) return { file, document, lines, values: {} };
  if (typeof values !== 'object' || Array.isArray(values)) throw new UserError('a config file must be a mapping of option names to values', { file, line: 1 });
  return { file, document, lines, values: values as Record<string, unknown> };
}

function findOption(command: Command, key: string): Option | undefined {
  const long = `--${kebab(key)}`;
  return command.options.find((option) => option.long === long || option.long === `--${key}`);
}

function toArgs(option: Option, value: unknown, where: () => string): string[] {
  const long = option.long as string;
  if (typeof value === 'boolean') {
    if (option.required || option.optional) throw new UserError(`${where()}: ${long} takes a value, not ${value}`);
    if (value) return [long];
    return option.negate ? [long] : [];
  }
  if (Array.isArray(value)) return [long, value.map(String).join(',')];
  if (typeof value === 'string' || typeof value === 'number') {
    if (!option.required && !option.optional) throw new UserError(`${where()}: ${long} is a switch: use true or false`);
    return [long, String(value)];
  }
  throw new UserError(`${where()}: ${long} must be a text, a number, a list or true/false`);
}

/** What a config contributes to one command's run: option arguments (placed before the user's) and inputs. */
export interface ConfigArgs {
  readonly args: readonly string[];
  readonly inputs: readonly string[];
}

/**
 * Translates the config into arguments for `command`: its own section plus the top-level keys it has an option for.
 * A top-level key that no command knows, or a section key that `command` does not know, is an error with its line.
 */
export function configArgs(config: LoadedConfig, command: Command, allCommands: readonly Command[]): ConfigArgs {
  const args: string[] = [];
  let inputs: string[] = [];
  const where = (path: string[]) => (): string => {
    const line = lineOf(config, path);
    return `${config.file}${line ? `:${line}` : ''}: key ${path.join('.')}`;
  };
  const commandNames = new Set(allCommands.map((each) => each.name()));
  const readInputs = (value: unknown, path: string[]): string[] => {
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((item) => typeof item === 'string')) throw new UserError(`${where(path)()} must be a file, a glob, or a list of them`);
    return list as string[];
  };
  for (const [key, value] of Object.entries(config.values)) {
    if (key === 'inputs') {
      inputs = readInputs(value, [key]);
      continue;
    }
    if (commandNames.has(key)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError(`${where([key])()} must be a mapping of ${key} options`);
      if (key !== command.name()) continue;
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (inner === 'inputs') {
          inputs = readInputs(innerValue, [key, inner]);
          continue;
        }
        const option = findOption(command, inner);
        if (!option) throw new UserError(`${where([key, inner])()}: redtape ${key} has no option --${kebab(inner)}`);
        args.push(...toArgs(option, innerValue as ConfigValue, where([key, inner])));
      }
      continue;
    }
    if (key === 'config') throw new UserError(`${where([key])()}: a config file cannot name another config file`);
    const option = findOption(command, key);
    if (option) args.push(...toArgs(option, value as ConfigValue, where([key])));
    else if (!allCommands.some((each) => findOption(each, key))) throw new UserError(`${where([key])()}: unknown option --${kebab(key)}`);
  }
  return { args, inputs };
}

/** True when `args` (a command's arguments, without its name) contain a positional argument. */
export function hasPositional(args: readonly string[], command: Command): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') return i + 1 < args.length;
    if (arg === '-' || !arg.startsWith('-')) return true;
    if (arg.includes('=')) continue;
    const option = command.options.find((each) => each.long === arg || each.short === arg);
    if (option && option.required) i++;
  }
  return false;
}
