/**
 * npm run build:schema — writes schema/directive.schema.json from the
 * `DirectiveDocument` type in src/types.ts, so the schema and the code cannot
 * drift apart (test/write/schema.test.ts checks the committed file is what this
 * script makes). The schema's $id carries SCHEMA_VERSION.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { SCHEMA_VERSION } from '../src/types.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(rootDir, 'schema', 'directive.schema.json');

export function generateSchema(): string {
  const schema = createGenerator({
    path: join(rootDir, 'src', 'types.ts'),
    tsconfig: join(rootDir, 'tsconfig.json'),
    type: 'DirectiveDocument',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: true,
    skipTypeCheck: true,
  }).createSchema('DirectiveDocument');
  const versioned = {
    $id: `https://directive-parse.example/schema/directive-${SCHEMA_VERSION}.json`,
    title: `directive-parse document, schema ${SCHEMA_VERSION}`,
    ...schema,
  };
  return `${JSON.stringify(versioned, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, generateSchema());
  console.log(`build:schema: wrote ${SCHEMA_PATH} (schema ${SCHEMA_VERSION})`);
}
