#!/usr/bin/env node
/**
 * Finds a Chromium for Playwright (and the bench), in this order:
 *   1. $CHROMIUM_PATH
 *   2. /usr/bin/chromium (Debian's package)
 *   3. Playwright's own Chromium (`npx playwright install chromium`), if downloaded
 * If none is there it installs one — as root `apt-get install -y chromium`, otherwise
 * `npx playwright install chromium` — and says which it chose and whether it installed.
 *
 * CLI: `node scripts/find-chromium.mjs` prints the path (last line of stdout).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Flags for a headless Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function isExecutable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Does the binary start at all? (an apt "chromium" that is only a snap stub does not) */
function runs(path) {
  try {
    const version = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    return version.trim() || true;
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function discover() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    console.warn(`[chromium] CHROMIUM_PATH=${fromEnv} is not an executable file; looking further.`);
  }
  if (isExecutable(SYSTEM_CHROMIUM) && runs(SYSTEM_CHROMIUM)) {
    return { path: SYSTEM_CHROMIUM, source: 'system package' };
  }
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, source: "Playwright's own Chromium" };
  return undefined;
}

function sh(command, args, env = process.env) {
  console.log(`[chromium] $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      sh('apt-get', ['update'], env) &&
      sh('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env)
    ) {
      if (isExecutable(SYSTEM_CHROMIUM) && runs(SYSTEM_CHROMIUM)) {
        return {
          path: SYSTEM_CHROMIUM,
          source: 'system package, installed with apt-get',
        };
      }
    }
    // e.g. Ubuntu, whose "chromium" package is a snap stub: Playwright's build with its libraries
    console.log('[chromium] apt-get gave no working Chromium; using Playwright’s build instead.');
    sh('npx', ['--yes', 'playwright', 'install', '--with-deps', 'chromium'], env);
  } else {
    sh('npx', ['--yes', 'playwright', 'install', 'chromium']);
  }
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, source: "Playwright's own Chromium (installed)" };
  return undefined;
}

/**
 * @param {{ install?: boolean, quiet?: boolean }} [options]
 * @returns {{ path: string, source: string, installed: boolean } | undefined}
 */
export function findChromium({ install: mayInstall = true, quiet = false } = {}) {
  const found = discover();
  if (found) {
    if (!quiet) console.log(`[chromium] using ${found.path} — ${found.source}; installed: no`);
    process.env.CHROMIUM_PATH = found.path;
    return { ...found, installed: false };
  }
  if (!mayInstall) return undefined;
  console.log(
    '[chromium] no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright’s); installing one…',
  );
  const installed = install();
  if (!installed) {
    console.error('[chromium] could not install Chromium. Set CHROMIUM_PATH to a Chromium binary.');
    return undefined;
  }
  console.log(`[chromium] using ${installed.path} — ${installed.source}; installed: yes`);
  process.env.CHROMIUM_PATH = installed.path;
  return { ...installed, installed: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findChromium();
  if (!found) process.exit(1);
  console.log(found.path);
}
