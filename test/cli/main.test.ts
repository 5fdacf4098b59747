import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsFor } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('the redtape program', () => {
  it('lists every command in its help, and prints its version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const entry of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${entry.name}\\b`, 'm'));
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('suggests the closest command for a mistyped one, with exit 2', () => {
    const result = runCli(['adit', 'fixtures/permits-en.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'adit'[\s\S]*audit/);
  });

  it('loads only the command a run names, unless --config needs them all', async () => {
    expect(await commandsFor(['variants', 'x.csv'])).toHaveLength(1);
    expect(await commandsFor(['variants', 'x.csv', '--config', 'c.yaml'])).toHaveLength(COMMANDS.length);
    expect(await commandsFor(['--help'])).toHaveLength(COMMANDS.length);
  });
});
