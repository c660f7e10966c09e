/**
 * Whether a value is a document of this version, by the JSON Schema the
 * package ships (schema/directive.schema.json, generated from src/types.ts
 * and checked against it by the tests). --resume asks it of a NAME.json
 * before reading anything out of it: a file edited, truncated to a stub or
 * written by another tool parses as JSON and still lacks what the CSV rows
 * and the summary are made of.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import type { DirectiveDocument } from '../types.js';

/** Two folders up from this module, in the sources (src/write/) and built (dist/write/) alike. */
export const SCHEMA_URL = new URL('../../schema/directive.schema.json', import.meta.url);

let validate: ValidateFunction | null = null;

/** Compiled on first use (some 200 ms), once per thread. */
export function isDocument(value: unknown): value is DirectiveDocument {
  validate ??= new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  return validate(value);
}
