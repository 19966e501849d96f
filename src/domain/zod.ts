/**
 * The one zod the app imports: `zod/mini`, the functional API a bundler can tree-shake
 * (classic `zod` hangs every method, JSON Schema included, on every schema, and all of it
 * lands in the first page's JavaScript). Import `z` from here, never from 'zod' or
 * 'zod/mini' directly, so English messages are set before any schema parses: classic zod
 * sets them itself, zod/mini leaves the messages to the app ("Invalid input" otherwise),
 * and the API's error messages quote them. Not in the first page's script: see
 * src/lib/contract-schema.ts.
 */
import { config, z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export { z };
