/**
 * Writes the OpenAPI 3.1 document of the HTTP contract (SPEC §2) to docs/openapi.json,
 * formatted with the project's Prettier settings. Run with `npm run openapi`;
 * `scripts/openapi/document.test.ts` fails while the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildOpenApiDocument } from './document';

const target = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(buildOpenApiDocument(), null, 2), {
  ...options,
  filepath: target,
});
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
console.log(`wrote ${target}`);
