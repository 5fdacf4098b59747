// Validates JSON outputs against the schemas in schema/, the files users' scripts can rely on.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const cache = new Map<string, ValidateFunction>();

/** Errors of `value` against `schema/<name>.schema.json`, as readable lines (empty when valid). */
export function schemaErrors(name: string, value: unknown): string[] {
  let validate = cache.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL(`../../schema/${name}.schema.json`, import.meta.url)), 'utf8')) as object;
    validate = ajv.compile(schema);
    cache.set(name, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
