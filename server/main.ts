/**
 * `npm run server`: the reference backend on PORT (8787). PGlite in DATA_DIR (.data/pglite)
 * unless DATABASE_URL names a PostgreSQL; migrations at start; on an empty database, the demo
 * account (printed). DEMO=1 opens the demo endpoints.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { DEMO_USERS, seedDemo } from './accounts';
import { createApp } from './app';
import { migrate, openDb } from './db';

const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '127.0.0.1';
const databaseUrl = env.DATABASE_URL || undefined;
const dataDir = env.DATA_DIR ?? join(process.cwd(), '.data', 'pglite');
const demoPassword = env.DEMO_PASSWORD ?? 'demo-password';

const db = await openDb({ databaseUrl, dataDir });
const applied = await migrate(db);
if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
if (await seedDemo(db, demoPassword, Date.now())) {
  console.log('Seeded the demo account. Sign in with:');
  for (const u of DEMO_USERS)
    console.log(
      `  ${u.email} (${u.role}), password ${env.DEMO_PASSWORD ? '$DEMO_PASSWORD' : demoPassword}`,
    );
}

const app = createApp({
  db,
  demo: env.DEMO === '1',
  distDir: env.DIST_DIR ?? join(process.cwd(), 'dist'),
  allowedOrigins:
    env.ALLOWED_ORIGINS?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [],
  trustProxy: env.TRUST_PROXY === '1',
});

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(
    `Security Center API on http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/api/v1 (${db.kind}${databaseUrl ? '' : ` in ${dataDir}`}${env.DEMO === '1' ? ', DEMO=1' : ''})`,
  );
});

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  server.close(() => void db.close().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
