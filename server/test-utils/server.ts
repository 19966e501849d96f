/**
 * A server of the test's own: the app on 127.0.0.1 (a random port) over PGlite — in memory, or
 * in a temporary folder that `stop` removes — or over the database `open` connects to, with
 * DEMO=1 and a clock per account.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Role } from '@/domain/contract';
import type { World } from '@/domain/world';
import { createAccount, createSession } from '../accounts';
import { createApp, SESSION_COOKIE, type AppOptions } from '../app';
import { migrate, openPglite, type Db } from '../db';
import type { WorldCache } from '../store';

export type TestServer = {
  db: Db;
  base: string;
  cache: WorldCache;
  clocks: Map<string, { now: number }>;
  dataDir: string | undefined;
  /** an account with the given world and one user, signed in: its id and session cookie */
  account(
    world: World,
    role?: Role,
    clock?: { now: number },
  ): Promise<{ accountId: string; cookie: string }>;
  stop(options?: { keepData?: boolean }): Promise<void>;
};

export async function startTestServer(
  options: {
    persistent?: boolean;
    dataDir?: string;
    /** another database (PostgreSQL); `stop` closes the connection it made */
    open?: () => Promise<Db>;
  } & Partial<Omit<AppOptions, 'db'>> = {},
): Promise<TestServer> {
  const dataDir =
    options.dataDir ??
    (options.persistent ? mkdtempSync(join(tmpdir(), 'sc-server-test-')) : undefined);
  const db = options.open ? await options.open() : await openPglite(dataDir);
  await migrate(db);
  const cache: WorldCache = new Map();
  const clocks = new Map<string, { now: number }>();
  const app = createApp({
    demo: true,
    realNow: (id) => clocks.get(id)?.now ?? Date.now(),
    cache,
    ...options,
    db,
  });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  let n = 0;
  return {
    db,
    base: `http://127.0.0.1:${port}`,
    cache,
    clocks,
    dataDir,
    async account(world, role = 'admin', clock) {
      const { accountId, userIds } = await createAccount(db, {
        name: `Test account ${++n}`,
        world,
        // no password: these users only ever have the session made here
        users: [{ email: `user-${n}-${Date.now()}@test.invalid`, role, passwordHash: '!' }],
      });
      if (clock) clocks.set(accountId, clock);
      const token = await createSession(db, userIds[0] ?? '', 3_600_000);
      return { accountId, cookie: `${SESSION_COOKIE}=${token}` };
    },
    async stop({ keepData = false } = {}) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.close();
      if (dataDir && !keepData && !options.dataDir)
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
