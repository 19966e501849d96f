/** Lighthouse runs: its mobile and desktop presets, as PageSpeed Insights and the budgets use them. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
import { log, type AppName } from './apps.ts';

export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export type LighthouseRun = {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  /** FCP as it happened in the unthrottled load Lighthouse simulates the phone from */
  observedFcp: number | null;
  /** the host's CPU speed during the run (Lighthouse's benchmark: higher is faster) */
  benchmarkIndex: number | null;
  /** audits that kept a category below 100 */
  failing: string[];
  error?: string;
};

async function run(chromePath: string, url: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return value == null ? null : Math.round(value * 100);
    };
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const metrics = lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      observedFcp: metrics?.items?.[0]?.observedFirstContentfulPaint ?? null,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      failing: CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}`),
      ),
    };
  } finally {
    chrome.kill();
  }
}

export type Target = { app: AppName; page: string; url: string };
/** app → page → preset → runs */
export type LighthouseRuns = Partial<
  Record<AppName, Record<string, Record<string, LighthouseRun[]>>>
>;

/** `runs` rounds, each over every target and preset in turn: a busy moment hits them all alike. */
export async function measureLighthouse(
  chromePath: string,
  targets: Target[],
  presets: readonly Preset[],
  runs: number,
): Promise<LighthouseRuns> {
  const results: LighthouseRuns = {};
  const total = runs * targets.length * presets.length;
  let done = 0;
  for (let round = 1; round <= runs; round += 1)
    for (const preset of presets)
      for (const { app, page, url } of targets) {
        const result = await run(chromePath, url, preset).catch(
          (error: unknown): LighthouseRun => ({
            ...{ performance: null, accessibility: null, bestPractices: null },
            ...{ fcp: null, lcp: null, tbt: null, observedFcp: null, benchmarkIndex: null },
            failing: [],
            error: String(error),
          }),
        );
        ((results[app] ??= {})[page] ??= {})[preset] = [
          ...(results[app][page][preset] ?? []),
          result,
        ];
        done += 1;
        const ms = (value: number | null) => (value == null ? '—' : `${Math.round(value)} ms`);
        log(
          `lighthouse ${done}/${total} ${app} ${page} ${preset}: ` +
            (result.error ??
              `perf ${result.performance}, a11y ${result.accessibility}, bp ${result.bestPractices}, ` +
                `FCP ${ms(result.fcp)} (observed ${ms(result.observedFcp)}), LCP ${ms(result.lcp)}, ` +
                `TBT ${ms(result.tbt)}, benchmarkIndex ${result.benchmarkIndex}` +
                (result.failing.length ? ` — below 100: ${result.failing.join(', ')}` : '')),
        );
      }
  return results;
}
