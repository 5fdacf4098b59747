// Validates JSON outputs against the schemas in schema/, the files users' scripts can rely on.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const cache = new Map<string, ValidateFunction>();
const aliases = new Map<string, string>();
const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
// Schemas refer to each other by file name (report → inspect), so all are registered up front.
for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.schema.json'))) {
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as { $id?: string };
  ajv.addSchema(schema, schema.$id === undefined ? file : undefined);
  if (schema.$id !== undefined) aliases.set(file, schema.$id);
}

/** Errors of `value` against `schema/<name>.schema.json`, as readable lines (empty when valid). */
export function schemaErrors(name: string, value: unknown): string[] {
  let validate = cache.get(name);
  if (!validate) {
    const file = `${name}.schema.json`;
    validate = ajv.getSchema(aliases.get(file) ?? file);
    if (!validate) throw new Error(`no schema/${name}.schema.json`);
    cache.set(name, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
