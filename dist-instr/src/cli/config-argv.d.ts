import type { Command } from 'commander';
/**
 * Declares that `command`'s last `count` operands are not inputs (an output file), so config `inputs` are placed
 * before them, and a command line naming only them still reads the config's inputs. Returns `command`.
 */
export declare function declareTrailingOperands(command: Command, count: number): Command;
/** `args` (a command's arguments, without its name) split into options with their values and operands. O(args). */
export declare function splitOperands(args: readonly string[], command: Command): {
    options: string[];
    operands: string[];
};
/**
 * `args` (as after `node redtape`) with the `--config` file's options inserted right after the running command's
 * name, and its `inputs` placed as operands when the command line names no input. Unchanged without `--config`, and
 * then the config reader (and its YAML parser) is not even loaded.
 */
export declare function withConfig(args: readonly string[], program: Command): Promise<string[]>;
