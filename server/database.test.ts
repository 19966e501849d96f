/**
 * The database suite (test-utils/database-suite.ts) on the embedded database, PGlite, each
 * test in a folder of its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { openPglite } from './db';
import { databaseSuite } from './test-utils/database-suite';

describe('PGlite', () => {
  databaseSuite({
    oneConnection: true,
    fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'sc-db-test-'));
      return Promise.resolve({
        open: () => openPglite(dir),
        drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      });
    },
  });
});
