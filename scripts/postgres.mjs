#!/usr/bin/env node
/**
 * PostgreSQL for the tests and the load script, as find-chromium.mjs finds Chromium:
 *   1. $PG_BIN (a folder holding initdb, pg_ctl and postgres)
 *   2. /usr/lib/postgresql/<version>/bin (Debian's packages), the newest
 *   3. `pg_config --bindir`, when pg_config is on PATH
 * If none is there, as root it installs Debian's package (`apt-get install -y postgresql-15`,
 * else `postgresql`) and says so; otherwise it names what to install and returns undefined.
 *
 * `startCluster` makes a throwaway cluster in a temporary folder: initdb, then a postgres
 * listening only on a Unix socket in that folder (no TCP port to collide with anyone's), and
 * `stop` removes it all. initdb refuses to run as root, so as root the cluster belongs to the
 * `postgres` user (created by Debian's package).
 *
 * CLI: `node scripts/postgres.mjs` prints the folder of the binaries (last line of stdout).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEBIAN_ROOT = '/usr/lib/postgresql';
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasTools = (dir) =>
  Boolean(dir) && ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)));

function discover() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (hasTools(fromEnv)) return { bin: fromEnv, source: 'PG_BIN' };
    console.warn(
      `[postgres] PG_BIN=${fromEnv} holds no initdb, pg_ctl and postgres; looking further.`,
    );
  }
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((v) => /^\d+$/.test(v) && hasTools(join(DEBIAN_ROOT, v, 'bin')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0])
      return { bin: join(DEBIAN_ROOT, versions[0], 'bin'), source: 'system package' };
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    if (hasTools(dir)) return { bin: dir, source: 'pg_config' };
  } catch {
    /* no pg_config on PATH */
  }
  return undefined;
}

function sh(command, args, env = process.env) {
  console.log(`[postgres] $ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function install() {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) return undefined;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!sh('apt-get', ['update'], env)) return undefined;
  for (const pkg of ['postgresql-15', 'postgresql']) {
    if (sh('apt-get', ['install', '-y', '--no-install-recommends', pkg], env)) {
      const found = discover();
      if (found) return { ...found, source: `${found.source}, installed with apt-get (${pkg})` };
    }
  }
  return undefined;
}

/**
 * @param {{ install?: boolean, quiet?: boolean }} [options]
 * @returns {{ bin: string, source: string, installed: boolean } | undefined}
 */
export function findPostgres({ install: mayInstall = true, quiet = false } = {}) {
  const found = discover();
  if (found) {
    if (!quiet) console.log(`[postgres] using ${found.bin} — ${found.source}; installed: no`);
    process.env.PG_BIN = found.bin;
    return { ...found, installed: false };
  }
  if (!mayInstall) return undefined;
  console.log(
    `[postgres] no PostgreSQL found (PG_BIN, ${DEBIAN_ROOT}/*/bin, pg_config); installing…`,
  );
  const installed = install();
  if (!installed) {
    console.error(
      '[postgres] could not find or install PostgreSQL. As root on Debian/Ubuntu: apt-get install -y postgresql-15; or set PG_BIN to the folder of initdb, pg_ctl and postgres.',
    );
    return undefined;
  }
  console.log(`[postgres] using ${installed.bin} — ${installed.source}; installed: yes`);
  process.env.PG_BIN = installed.bin;
  return { ...installed, installed: true };
}

/** Runs a PostgreSQL tool as the cluster's owner: `postgres` when we are root (initdb insists). */
function asOwner(bin, tool, args) {
  const path = join(bin, tool);
  const [command, full] = isRoot()
    ? existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser')
      ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
      : ['su', ['postgres', '-s', '/bin/sh', '-c', [path, ...args].map(quote).join(' ')]]
    : [path, args];
  const result = spawnSync(command, full, { encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0)
    throw new Error(
      `[postgres] ${tool} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error}`,
    );
}

const quote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** The uid and gid of the `postgres` user, from /etc/passwd. */
function postgresUser() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line)
    throw new Error(
      '[postgres] initdb refuses to run as root, and there is no `postgres` user to run it as (Debian’s postgresql package creates one).',
    );
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A throwaway cluster. `fsync: false` (tests) trades durability against a machine crash, which
 * nothing here needs, for speed; the load script keeps the default.
 * @param {{ bin?: string, port?: number, fsync?: boolean, maxConnections?: number }} [options]
 * @returns {{ url: (database?: string) => string, dir: string, port: number, stop: () => void }}
 */
export function startCluster({ bin, port = 5440, fsync = true, maxConnections = 100 } = {}) {
  const tools = bin ?? findPostgres({ quiet: true })?.bin;
  if (!tools) throw new Error('[postgres] no PostgreSQL binaries (see scripts/postgres.mjs).');
  const dir = mkdtempSync(join(tmpdir(), 'sc-pg-'));
  const data = join(dir, 'data');
  let started = false;
  try {
    if (isRoot()) {
      const { uid, gid } = postgresUser();
      chownSync(dir, uid, gid);
    }
    asOwner(tools, 'initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    const settings = `-p ${port} -k ${dir} -c listen_addresses= -c max_connections=${maxConnections}${fsync ? '' : ' -c fsync=off -c synchronous_commit=off'}`;
    asOwner(tools, 'pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      settings,
      'start',
    ]);
    started = true;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    port,
    url: (database = 'postgres') =>
      `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}&port=${port}`,
    stop() {
      try {
        if (started) asOwner(tools, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findPostgres();
  if (!found) process.exit(1);
  console.log(found.bin);
}
