/**
 * The database suite (test-utils/database-suite.ts) on a real PostgreSQL, as DATABASE_URL
 * runs it: a throwaway cluster (scripts/postgres.mjs finds or installs the binaries, and
 * fails here when it cannot), a new database per test, two pools for "two servers".
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { findPostgres, startCluster } from '../scripts/postgres.mjs';
import { openPostgres } from './db';
import { databaseSuite } from './test-utils/database-suite';

let cluster: ReturnType<typeof startCluster> | undefined;
let databases = 0;

describe('PostgreSQL', () => {
  beforeAll(() => {
    const found = findPostgres();
    if (!found)
      throw new Error(
        'No PostgreSQL to test DATABASE_URL against, and none could be installed (see the log above).',
      );
    cluster = startCluster({ bin: found.bin, fsync: false });
    // installing PostgreSQL with apt-get may take minutes
  }, 600_000);
  afterAll(() => cluster?.stop());

  databaseSuite({
    oneConnection: false,
    async fresh() {
      if (!cluster) throw new Error('The PostgreSQL cluster did not start.');
      const { url } = cluster;
      const name = `sc_test_${++databases}`;
      const admin = await openPostgres(url(), 1);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.close();
      // the databases go with the cluster, in afterAll
      return { open: () => openPostgres(url(name)), drop: () => Promise.resolve() };
    },
  });
});
