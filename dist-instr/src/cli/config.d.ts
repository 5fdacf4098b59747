import type { Command } from 'commander';
import { LineCounter, type Document } from 'yaml';
interface LoadedConfig {
    readonly file: string;
    readonly document: Document;
    readonly lines: LineCounter;
    readonly values: Record<string, unknown>;
}
/** Reads a YAML or JSON config file; syntax errors name the line. */
export declare function loadConfig(file: string): LoadedConfig;
/** What a config contributes to one command's run: option arguments (placed before the user's) and inputs. */
export interface ConfigArgs {
    readonly args: readonly string[];
    readonly inputs: readonly string[];
}
/**
 * Translates the config into arguments for the command reached through `chain` from `root` (e.g. [policy, suggest]
 * for `redtape policy suggest`). The top level is the root's section; a key naming a command opens that command's
 * section, nested as the commands are (`policy: { suggest: { support: 90 } }`). In each section on the way to the
 * command, keys it has an option for apply, inner sections over outer ones; `inputs` likewise. A key that no command
 * under the section knows is an error with its line, as is a section that is not a mapping. O(keys × options).
 */
export declare function configArgs(config: LoadedConfig, root: Command, chain: readonly Command[]): ConfigArgs;
export {};
