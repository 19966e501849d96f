/**
 * `npm run bench [-- options]`: the console measured side by side with its stack floor and floor
 * (and, with --baseline, another build of the console), then checked against bench/budgets.json.
 * Method and latest results: bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { findChromium } from '../scripts/find-chromium.mjs';
import { apps, build, log, ROOT, serve, stopServers, type App, type AppName } from './apps.ts';
import { measureLighthouse, PRESETS, type Preset, type Target } from './lighthouse.ts';
import { check, markdown, phoneStats, stat, summarise, type Results } from './report.ts';
import {
  firstPageBytes,
  launch,
  PHONE,
  phoneVisit,
  quotaToPrice,
  type PhoneVisit,
} from './visits.ts';

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'phone-runs': { type: 'string', default: '5' },
    'quota-runs': { type: 'string', default: '10' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-phone': { type: 'boolean', default: false },
    only: { type: 'string' },
    presets: { type: 'string', default: PRESETS.join(',') },
    save: { type: 'string' },
    readme: { type: 'boolean', default: false },
  },
});
const RESULTS = join(ROOT, 'bench/results');
const README = join(ROOT, 'bench/README.md');

async function measure(): Promise<Results> {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium (scripts/find-chromium.mjs)');
  const list = apps(options.baseline);
  if (!options['skip-build']) build(list);
  const urls = await serve(list, Number(process.env.BENCH_PORT ?? 4301));
  const url = (app: App, page: string) => `${urls.get(app.name)}${app.pages[page]}`;
  const only = options.only?.split(',');
  const pagesOf = (app: App) =>
    Object.keys(app.pages).filter(
      (page) => !only || only.includes(page) || !['console', 'baseline'].includes(app.name),
    );
  const version = (args: string[]) =>
    execFileSync(args[0]!, args.slice(1), { encoding: 'utf8' }).trim();
  const results: Results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: version(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    machine: {
      cores: availableParallelism(),
      cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown',
      node: process.version,
      chromium: version([chromium.path, '--version']),
      lighthouse: (
        JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
      phone: `${PHONE.requestLatencyMs} ms per request, ${Math.round(PHONE.downloadThroughputKbps)} kbit/s down, CPU ÷${PHONE.cpuSlowdownMultiplier}, 412 × 823`,
    },
    runs: {
      lighthouse: Number(options.runs),
      phone: Number(options['phone-runs']),
      quota: Number(options['quota-runs']),
    },
    bytes: {},
    lighthouse: {},
    phone: {},
    quotaToPrice: {},
  };

  const browser = await launch(chromium.path);
  try {
    for (const app of list) {
      const bytes = await firstPageBytes(browser, app, url(app, Object.keys(app.pages)[0]!));
      results.bytes[app.name] = bytes;
      log(
        `first page of the ${app.label}: ${(bytes.js.gzip / 1024).toFixed(1)} KB of JS gzip in ${bytes.js.files.length} files`,
      );
    }
    if (!options['no-phone']) {
      // rounds over every app and page in turn, so that a busy moment of the machine hits all
      const visits = new Map<string, PhoneVisit[]>();
      for (let round = 0; round <= results.runs.phone; round += 1)
        for (const app of list)
          for (const page of pagesOf(app)) {
            const one = await phoneVisit(browser, url(app, page), page === 'overview');
            if (round === 0) continue; // one untimed visit each: the servers' and disk's first
            visits.set(`${app.name}/${page}`, [...(visits.get(`${app.name}/${page}`) ?? []), one]);
            log(
              `phone ${round}/${results.runs.phone} ${app.label} ${page}: FCP ${Math.round(one.fcp ?? 0)} ms, LCP ${Math.round(one.lcp ?? 0)} ms${one.data ? `, data ${Math.round(one.data)} ms` : ''}`,
            );
          }
      for (const [key, list] of visits) {
        const [app, page] = key.split('/') as [AppName, string];
        (results.phone[app] ??= {})[page] = phoneStats(list);
      }
      for (const app of list.filter((one) => one.pages.upgrade)) {
        const phone = await quotaToPrice(browser, url(app, 'upgrade'), results.runs.quota, true);
        const desktop = await quotaToPrice(browser, url(app, 'upgrade'), results.runs.quota, false);
        results.quotaToPrice[app.name] = { phone: stat(phone), desktop: stat(desktop) };
        log(
          `quota → price, ${app.label}: phone ${phone.map(Math.round).join(', ')} ms; desktop ${desktop.map(Math.round).join(', ')} ms`,
        );
      }
    }
  } finally {
    await browser.close();
  }

  if (!options['no-lighthouse']) {
    const targets: Target[] = list.flatMap((app) =>
      pagesOf(app).map((page) => ({ app: app.name, page, url: url(app, page) })),
    );
    const presets = options.presets.split(',') as Preset[];
    log(
      `Lighthouse: ${results.runs.lighthouse} × ${presets.length} presets × ${targets.length} pages`,
    );
    results.lighthouse = summarise(
      await measureLighthouse(chromium.path, targets, presets, results.runs.lighthouse),
    );
  }
  return results;
}

/** Prettier's formatting, as `npm run format:check` expects of committed files. */
const pretty = async (file: string, text: string) =>
  format(text, { ...(await resolveConfig(file)), filepath: file });

async function main() {
  const results = options.reuse
    ? (JSON.parse(readFileSync(join(RESULTS, 'latest.json'), 'utf8')) as Results)
    : await measure().finally(stopServers);
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Parameters<
    typeof check
  >[1];
  results.checks = check(results, budgets);
  const table = markdown(results);
  // with --reuse too: the checks against the budgets as they are now
  mkdirSync(RESULTS, { recursive: true });
  for (const name of ['latest', ...(options.save ? [options.save] : [])]) {
    const json = join(RESULTS, `${name}.json`);
    writeFileSync(json, await pretty(json, JSON.stringify(results)));
    const md = join(RESULTS, `${name}.md`);
    writeFileSync(md, await pretty(md, `# Benchmark: ${name}\n\n${table}`));
    log(`wrote bench/results/${name}.{md,json}`);
  }
  if (options.readme) {
    const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
    const text = readFileSync(README, 'utf8');
    const [before, rest = ''] = text.split(start);
    const after = rest.split(end)[1] ?? '';
    writeFileSync(README, await pretty(README, `${before}${start}\n\n${table}\n${end}${after}`));
    log('copied the table into bench/README.md');
  }
  console.log(`\n${table}`);
  const failing = results.checks.filter((one) => !one.ok);
  if (options.check && failing.length) {
    console.log(`${failing.length} budget lines not met.`);
    process.exitCode = 1;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopServers();
    process.exit(130);
  });

main().catch((error: unknown) => {
  stopServers();
  console.error('[bench]', error);
  process.exit(2);
});
