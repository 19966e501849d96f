#!/usr/bin/env node
/**
 * `npm run test:e2e`: build, find (or install) Chromium, run Playwright against
 * `vite preview`. Arguments go to Playwright: `npm run test:e2e -- e2e/shell.spec.ts`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const testScript = fileURLToPath(new URL('./test.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [testScript, '--only-e2e', '--', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
