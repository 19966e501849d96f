/** The apps the benchmark measures: how each is built and served. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

export type AppName = 'console' | 'baseline' | 'stackFloor' | 'floor';

export type App = {
  name: AppName;
  label: string;
  /** the built app, relative to the project or absolute */
  outDir: string;
  /** `vite build` and `vite preview` arguments */
  args: string[];
  /** the pages measured, by key: the console's four, or the floors' one */
  pages: Record<string, string>;
};

/** The console's pages that the Lighthouse budget names, and where each opens. */
export const CONSOLE_PAGES: Record<string, string> = {
  overview: '/overview',
  upgrade: '/upgrade/sas-hz-0001?method=quota',
  renew: '/renew/sas-hz-0001',
  purchasedResources: '/purchased-resources',
};

export function apps(baseline?: string): App[] {
  return [
    // the static demo, mock included, as it ships
    {
      name: 'console',
      label: 'console',
      outDir: 'dist-bench',
      args: ['--outDir', 'dist-bench'],
      pages: CONSOLE_PAGES,
    },
    ...(baseline
      ? [
          {
            name: 'baseline' as const,
            label: 'baseline',
            outDir: baseline,
            args: ['--outDir', baseline],
            pages: CONSOLE_PAGES,
          },
        ]
      : []),
    {
      name: 'stackFloor',
      label: 'stack floor',
      outDir: 'bench/stack-floor/dist',
      args: ['--config', 'bench/stack-floor/vite.config.ts'],
      pages: { stack: '/' },
    },
    {
      name: 'floor',
      label: 'floor',
      outDir: 'bench/floor/dist',
      args: ['--config', 'bench/floor/vite.config.ts'],
      pages: { floor: '/' },
    },
  ];
}

export const log = (message: string) => console.log(`[bench] ${message}`);

/** Builds the console and both floors (the baseline is built beforehand: bench/README.md). */
export function build(list: App[]): void {
  const env: NodeJS.ProcessEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  // the static demo, with its mock (a backend URL would leave the mock out), for production
  // (vite-node, which runs the benchmark, sets NODE_ENV=development)
  delete env.VITE_API_BASE_URL;
  delete env.NODE_ENV;
  for (const app of list.filter((one) => one.name !== 'baseline')) {
    const args = ['build', ...app.args, '--emptyOutDir', '--sourcemap', '--manifest'];
    log(`building the ${app.label}: vite ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [VITE, ...args, '--logLevel', 'warn'], {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`the ${app.label} build failed`);
  }
}

const servers: ChildProcess[] = [];

/** `vite preview` of each app (gzip, as a static host sends it), from `port` on. */
export async function serve(list: App[], port: number): Promise<Map<AppName, string>> {
  const urls = new Map<AppName, string>();
  for (const [index, app] of list.entries()) {
    if (!existsSync(resolve(ROOT, app.outDir)))
      throw new Error(`${app.outDir} is missing: build it first`);
    const url = `http://127.0.0.1:${port + index}`;
    // the baseline with its own commit's vite.config.ts (its preview headers: a build with inline
    // scripts would not run under today's CSP), from its tree (`<tree>/dist`, bench/README.md)
    const cwd = app.name === 'baseline' ? dirname(resolve(ROOT, app.outDir)) : ROOT;
    const args = app.name === 'baseline' ? ['--outDir', resolve(ROOT, app.outDir)] : app.args;
    const child = spawn(
      process.execPath,
      [VITE, 'preview', ...args, '--port', String(port + index), '--strictPort'].concat([
        '--host',
        '127.0.0.1',
      ]),
      { cwd, detached: true, stdio: 'ignore' },
    );
    servers.push(child);
    for (let tries = 0; ; tries += 1) {
      if (child.exitCode !== null || tries > 150)
        throw new Error(`vite preview of the ${app.label} did not start on ${url}`);
      if (
        await fetch(url).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(`serving the ${app.label} at ${url}`);
    urls.set(app.name, url);
  }
  return urls;
}

export function stopServers(): void {
  for (const child of servers.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
