#!/usr/bin/env node
/**
 * `npm run load`: the reference backend under load and a fault, on 127.0.0.1 only.
 *
 * Starts `npm run server` (PGlite in a temporary folder, or DATABASE_URL, or with
 * LOAD_DB=postgres a throwaway PostgreSQL cluster of scripts/postgres.mjs; with SERVERS=2 two
 * processes on that PostgreSQL, clients spread over both), signs 20 clients in to the demo
 * account, and runs twice: each run places at least LOAD_ORDERS (1000) orders of every type
 * (upgrade from Basic, renew, value-added pack, unsubscribe) across the four regions; one
 * request in ten replays an earlier Idempotency-Key (must answer the same order), one in ten
 * sends a stale expectedVersion (must answer 409). In the second run the server is killed with
 * SIGKILL half way and started again; the clients carry on, retrying unanswered orders with
 * their key. Then it checks: 5xx = 0, one order per key, every 201 seen before the kill is
 * stored after the restart, each order's amount = the sum of its items, and each term's
 * refund ≤ what it paid. Prints orders/s and p50/p99 latency per run. Exits 1 on a failed check.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from './postgres.mjs';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 20);
const PER_TYPE = Number(process.env.LOAD_ORDERS ?? 1000);
const SERVERS = Number(process.env.SERVERS ?? 1);
const BASE_PORT = Number(process.env.LOAD_PORT ?? 18900);
const cluster =
  process.env.LOAD_DB === 'postgres' && !process.env.DATABASE_URL
    ? startCluster({ port: Number(process.env.LOAD_PG_PORT ?? 5440) })
    : undefined;
const DATABASE_URL = cluster?.url() ?? process.env.DATABASE_URL;
// the servers and PostgreSQL (pg_ctl runs it apart from this process) go with an interrupted run
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    for (const s of servers) s?.child.kill('SIGKILL');
    cluster?.stop();
    process.exit(130);
  });
const REGIONS = [
  ['cn-hangzhou', 'sas-hz-0001'],
  ['ap-southeast-1', 'sas-sg-0001'],
  ['eu-central-1', 'sas-fra-0001'],
  ['us-east-1', 'sas-use-0001'],
];
const TYPES = ['upgrade', 'renew', 'value-added-pack', 'unsubscribe'];

const dataDir = DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'sc-load-'));
const servers = [];

function startServer(i) {
  const port = BASE_PORT + i;
  const child = spawn(process.execPath, ['node_modules/.bin/vite-node', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL }),
      DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  servers[i] = { child, port, base: `http://127.0.0.1:${port}` };
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        const r = await fetch(`${servers[i].base}/api/v1/catalog`);
        if (r.status === 401) return resolve(servers[i]);
      } catch {
        /* not yet */
      }
      if (child.exitCode !== null || Date.now() - started > 120_000)
        return reject(new Error(`server ${i} did not start:\n${log}`));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

async function req(client, method, path, body, headers = {}) {
  const started = performance.now();
  const res = await fetch(`${servers[client.server].base}/api/v1${path}`, {
    method,
    headers: { cookie: client.cookie, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : undefined,
    ms: performance.now() - started,
  };
}

async function signIn(i) {
  const server = i % SERVERS;
  for (;;) {
    try {
      const res = await fetch(`${servers[server].base}/api/v1/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          email: 'admin@demo.test',
          password: process.env.DEMO_PASSWORD ?? 'demo-password',
        }),
      });
      if (res.status !== 201) throw new Error(`sign-in answered ${res.status}`);
      return { id: i, server, cookie: res.headers.get('set-cookie').split(';')[0] };
    } catch (e) {
      if (String(e).includes('answered')) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

let seq = 0;
const stats = () => ({
  latencies: [],
  statuses: new Map(),
  fiveXX: 0,
  netErrors: 0,
  created: 0,
  replays: 0,
  stale: 0,
  byType: Object.fromEntries(TYPES.map((t) => [t, 0])),
});
/** key → { body, orderId } of every order answered 201 (or resolved by a retry) */
const placed = new Map();
const createdBeforeKill = new Set();

function requestFor(sub, view) {
  const base = { subscriptionId: sub.id, expectedVersion: sub.version, disclaimerAccepted: true };
  if (sub.edition === 'basic' || view.status === 'released')
    return {
      ...base,
      type: 'upgrade',
      method: 'edition',
      edition: 'standard',
      billingMode: 'subscription',
      quota: Math.max(10, view.billableAssets.total),
      validity: { unit: 'month', count: 1 },
    };
  const pick = TYPES.slice(1)[Math.floor(Math.random() * 3)];
  if (pick === 'renew') return { ...base, type: 'renew', validity: { unit: 'month', count: 1 } };
  if (pick === 'value-added-pack')
    return { ...base, type: 'value-added-pack', pack: 'log-storage-100gb', quantity: 1 };
  return { ...base, type: 'unsubscribe' };
}

async function runClient(client, run, shouldStop) {
  const [, subId] = REGIONS[client.id % REGIONS.length];
  while (!shouldStop()) {
    try {
      const roll = Math.random();
      if (roll < 0.1 && placed.size > 0) {
        // a replay of an earlier key: the same order again, never a second one
        const keys = [...placed.keys()];
        const key = keys[Math.floor(Math.random() * keys.length)];
        const p = placed.get(key);
        const res = await req(client, 'POST', '/orders', p.body, { 'Idempotency-Key': key });
        record(run, res);
        if (res.status === 200 && res.body.order.id !== p.orderId)
          run.errors.push(`replay of ${key} answered another order`);
        else if (res.status !== 200 && res.status < 500)
          run.errors.push(
            `replay of ${key} answered ${res.status} ${res.body?.error?.code}: ${res.body?.error?.message}`,
          );
        run.replays++;
        continue;
      }
      const view = (await req(client, 'GET', `/subscriptions/${subId}`)).body;
      const sub = view.subscription;
      const body = requestFor(sub, view);
      if (roll < 0.2) {
        const res = await req(
          client,
          'POST',
          '/orders',
          { ...body, expectedVersion: sub.version - 1 },
          { 'Idempotency-Key': `stale-${process.pid}-${++seq}` },
        );
        record(run, res);
        if (res.status !== 409) run.errors.push(`a stale version answered ${res.status}`);
        run.stale++;
        continue;
      }
      const key = `load-${process.pid}-${++seq}`;
      // an order that got no answer (the server was killed) is sent again with its key
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await req(client, 'POST', '/orders', body, { 'Idempotency-Key': key });
          record(run, res);
          if (res.status === 201 || (res.status === 200 && attempt > 0)) {
            placed.set(key, { body, orderId: res.body.order.id });
            if (res.status === 201) {
              run.created++;
              run.byType[body.type]++;
              if (!run.killed) createdBeforeKill.add(res.body.order.id);
            }
          }
          break;
        } catch (e) {
          run.netErrors++;
          if (shouldStop() && attempt > 100) throw e;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } catch {
      run.netErrors++;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function record(run, res) {
  run.latencies.push(res.ms);
  run.statuses.set(res.status, (run.statuses.get(res.status) ?? 0) + 1);
  if (res.status >= 500) {
    run.fiveXX++;
    run.errors.push(`${res.status} ${JSON.stringify(res.body)}`);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : 0;
};

async function run(name, clients, { kill }) {
  const r = { ...stats(), errors: [], killed: false };
  const done = () => TYPES.every((t) => r.byType[t] >= PER_TYPE);
  const started = performance.now();
  let killing;
  if (kill) {
    killing = (async () => {
      while (TYPES.some((t) => r.byType[t] < PER_TYPE / 2))
        await new Promise((res) => setTimeout(res, 100));
      r.killed = true;
      const victim = servers[0];
      victim.child.kill('SIGKILL');
      await new Promise((res) => victim.child.once('exit', res));
      console.log(`  SIGKILL server 0 after ${r.created} orders; restarting`);
      const t = performance.now();
      await startServer(0);
      console.log(`  restarted in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    })();
  }
  await Promise.all(clients.map((c) => runClient(c, r, done)));
  await killing;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${name}: ${r.created} orders in ${seconds.toFixed(1)} s = ${(r.created / seconds).toFixed(1)} orders/s; POST/GET p50 ${pct(r.latencies, 50).toFixed(1)} ms, p99 ${pct(r.latencies, 99).toFixed(1)} ms`,
  );
  console.log(
    `  by type: ${TYPES.map((t) => `${t} ${r.byType[t]}`).join(', ')}; replays ${r.replays}, stale ${r.stale}`,
  );
  console.log(
    `  statuses: ${[...r.statuses]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}; 5xx ${r.fiveXX}; unanswered (network) ${r.netErrors}`,
  );
  return r;
}

async function check(client, runs) {
  const errors = runs.flatMap((r) => r.errors);
  const orders = (await req(client, 'GET', '/orders')).body.items;
  const ids = new Set(orders.map((o) => o.id));
  if (ids.size !== orders.length) errors.push('an order id appears twice');
  const perKey = new Map();
  for (const [key, p] of placed) perKey.set(p.orderId, [...(perKey.get(p.orderId) ?? []), key]);
  for (const [id, keys] of perKey)
    if (keys.length > 1) errors.push(`order ${id} made by ${keys.length} keys`);
  let missing = 0;
  for (const p of placed.values()) if (!ids.has(p.orderId)) missing++;
  let lost = 0;
  for (const id of createdBeforeKill) if (!ids.has(id)) lost++;
  let badSums = 0;
  for (const o of orders) if (o.items.reduce((s, i) => s + i.amount, 0) !== o.amount) badSums++;
  // refunds ≤ payments: per subscription, oldest first, a term runs up to its unsubscribe
  let overRefunds = 0;
  const bySub = new Map();
  for (const o of [...orders].reverse()) {
    const term = bySub.get(o.subscriptionId) ?? { paid: 0 };
    if (o.type === 'unsubscribe') {
      if (-o.amount > term.paid) overRefunds++;
      bySub.set(o.subscriptionId, { paid: 0 });
    } else {
      term.paid += Math.max(0, o.amount);
      bySub.set(o.subscriptionId, term);
    }
  }
  const keysInDb = placed.size;
  console.log(
    `\nchecks: ${orders.length} orders stored; ${keysInDb} keys answered 201, each one order (${perKey.size} orders); missing ${missing}; 201s before the kill lost after restart ${lost} of ${createdBeforeKill.size}; amount ≠ Σ items ${badSums}; refunds > payments ${overRefunds}`,
  );
  if (missing || lost || badSums || overRefunds) errors.push('a money or durability check failed');
  return errors;
}

/** The machine's 1, 5 and 15 minute load averages (the report is only as quiet as they are). */
function loadAverage() {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

let failed = false;
try {
  console.log(
    `load: ${CLIENTS} clients, ≥${PER_TYPE} orders of every type per run, ${SERVERS} server process(es) on ${DATABASE_URL ? `PostgreSQL${cluster ? ' (a throwaway cluster)' : ''}` : `PGlite in ${dataDir}`}; Node ${process.version}; load average ${loadAverage()}`,
  );
  for (let i = 0; i < SERVERS; i++) await startServer(i);
  const clients = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await signIn(i));
  const first = await run('run 1', clients, { kill: false });
  const second = await run('run 2 (SIGKILL and restart of server 0 half way)', clients, {
    kill: true,
  });
  const errors = await check(clients[0], [first, second]);
  if (first.fiveXX + second.fiveXX > 0) errors.push('5xx answers');
  if (errors.length) {
    failed = true;
    console.log(`\nFAILED:\n  ${[...new Set(errors)].slice(0, 20).join('\n  ')}`);
  } else console.log('\nall checks passed');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  for (const s of servers) s?.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  for (const s of servers) if (s && s.child.exitCode === null) s.child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  cluster?.stop();
  console.log(`load average at the end ${loadAverage()}`);
}
process.exit(failed ? 1 : 0);
