/** The results' summary: medians, the table, and the budgets' verdicts. */
import type { AppName } from './apps.ts';
import type { LighthouseRun, LighthouseRuns, Preset } from './lighthouse.ts';
import type { FirstPageBytes, PhoneVisit } from './visits.ts';

export type Stat = { median: number | null; runs: (number | null)[] };
type Summary = Omit<LighthouseRun, 'failing' | 'error'> & {
  failing: string[];
  runs: LighthouseRun[];
};

export type Results = {
  date: string;
  commit: string;
  baseline?: string;
  machine: Record<string, string | number>;
  runs: { lighthouse: number; phone: number; quota: number };
  bytes: Partial<Record<AppName, FirstPageBytes>>;
  lighthouse: Partial<Record<AppName, Record<string, Partial<Record<Preset, Summary>>>>>;
  phone: Partial<Record<AppName, Record<string, { fcp: Stat; lcp: Stat; data?: Stat }>>>;
  quotaToPrice: Partial<Record<AppName, { phone: Stat; desktop: Stat }>>;
  checks?: Check[];
};

export function median(values: (number | null | undefined)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
export const stat = (runs: (number | null | undefined)[]): Stat => ({
  median: median(runs),
  runs: runs.map((run) => run ?? null),
});

export function summarise(runs: LighthouseRuns): Results['lighthouse'] {
  const fields = [
    ...['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt'],
    ...['observedFcp', 'benchmarkIndex'],
  ] as const;
  const out: Results['lighthouse'] = {};
  for (const [app, pages] of Object.entries(runs))
    for (const [page, presets] of Object.entries(pages))
      for (const [preset, list] of Object.entries(presets)) {
        const summary = Object.fromEntries(
          fields.map((field) => [field, median(list.map((run) => run[field]))]),
        ) as Omit<Summary, 'failing' | 'runs'>;
        ((out[app as AppName] ??= {})[page] ??= {})[preset as Preset] = {
          ...summary,
          failing: [...new Set(list.flatMap((run) => run.failing))],
          runs: list,
        };
      }
  return out;
}

export function phoneStats(visits: PhoneVisit[]) {
  const data = visits.map((one) => one.data);
  return {
    fcp: stat(visits.map((one) => one.fcp)),
    lcp: stat(visits.map((one) => one.lcp)),
    ...(data.some((one) => one !== undefined) ? { data: stat(data) } : {}),
  };
}

// ---------------------------------------------------------------- budgets

type Budget = {
  name: string;
  metric: string;
  unit?: string;
  min?: number;
  max?: number;
  maxRatio?: number;
  of?: string;
};
export type Check = { ok: boolean; metric: string; line: string };

/** The values at a dotted path; `*` stands for every key. */
function valuesAt(object: unknown, path: string): { path: string; value: unknown }[] {
  let found = [{ path: [] as string[], value: object }];
  for (const part of path.split('.'))
    found = found.flatMap(({ path: at, value }) =>
      value && typeof value === 'object'
        ? (part === '*' ? Object.keys(value) : [part])
            .filter((key) => key in value)
            .map((key) => ({ path: [...at, key], value: (value as Record<string, unknown>)[key] }))
        : [],
    );
  return found.map(({ path: at, value }) => ({ path: at.join('.'), value }));
}

export function check(results: Results, budgets: { budgets: Budget[] }): Check[] {
  return budgets.budgets.flatMap((budget) => {
    const found = valuesAt(results, budget.metric);
    if (!found.length)
      return [{ ok: false, metric: budget.metric, line: `${budget.name}: not measured` }];
    return found.map(({ path, value }) => {
      const number = typeof value === 'number' ? value : null;
      const shown = (n: number) =>
        `${Math.round(n * 100) / 100}${budget.unit ? ` ${budget.unit}` : ''}`;
      if (budget.maxRatio !== undefined) {
        const reference = valuesAt(results, budget.of ?? '')[0]?.value;
        const ratio = number != null && typeof reference === 'number' ? number / reference : null;
        return {
          ok: ratio != null && ratio <= budget.maxRatio,
          metric: path,
          line: `${budget.name} (${path}): ${ratio == null ? 'not measured' : `${shown(number!)} = ${ratio.toFixed(2)} × ${budget.of}`}, budget ≤ ${budget.maxRatio} ×`,
        };
      }
      const ok =
        number != null &&
        (budget.min === undefined || number >= budget.min) &&
        (budget.max === undefined || number <= budget.max);
      const rule = budget.min !== undefined ? `≥ ${budget.min}` : `≤ ${shown(budget.max!)}`;
      return {
        ok,
        metric: path,
        line: `${budget.name} (${path}): ${number == null ? 'not measured' : shown(number)}, budget ${rule}`,
      };
    });
  });
}

// ---------------------------------------------------------------- the table

const kb = (bytes?: number | null) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value?: number | null) => (value == null ? '—' : `${Math.round(value)} ms`);
const num = (value?: number | null) => (value == null ? '—' : String(Math.round(value)));
const PAGE_LABELS: Record<string, string> = {
  overview: 'Overview',
  upgrade: 'Upgrade',
  renew: 'Renew',
  purchasedResources: 'Purchased Resources',
};

export function markdown(results: Results): string {
  const apps = (['console', 'baseline', 'stackFloor', 'floor'] as const).filter(
    (app) => results.bytes[app] ?? results.lighthouse[app] ?? results.phone[app],
  );
  const label = {
    console: 'console',
    baseline: 'baseline',
    stackFloor: 'stack floor',
    floor: 'floor',
  };
  const floorPage = (app: AppName) => (app === 'stackFloor' ? 'stack' : 'floor');
  const rows: string[][] = [];
  const row = (figure: string, cell: (app: AppName) => string) =>
    rows.push([figure, ...apps.map(cell)]);
  const consolePage = (app: AppName, page: string) =>
    app === 'console' || app === 'baseline' ? page : floorPage(app);

  row('First page JS, gzip', (app) => kb(results.bytes[app]?.js.gzip));
  row('First page JS, raw', (app) => kb(results.bytes[app]?.js.raw));
  row('of which fetched after the data is on screen, gzip', (app) =>
    kb(results.bytes[app]?.afterData?.gzip),
  );
  row('First page CSS, gzip', (app) => kb(results.bytes[app]?.css.gzip));
  for (const preset of ['mobile', 'desktop'] as const)
    for (const page of Object.keys(PAGE_LABELS)) {
      const lh = (app: AppName) => results.lighthouse[app]?.[consolePage(app, page)]?.[preset];
      if (!lh('console') && !lh('baseline')) continue;
      row(`Lighthouse ${preset}, ${PAGE_LABELS[page]}: performance · a11y · best pr.`, (app) => {
        const one = lh(app);
        return one
          ? `${num(one.performance)} · ${num(one.accessibility)} · ${num(one.bestPractices)}`
          : '—';
      });
      row(`Lighthouse ${preset}, ${PAGE_LABELS[page]}: FCP · LCP · TBT`, (app) => {
        const one = lh(app);
        return one ? `${ms(one.fcp)} · ${ms(one.lcp)} · ${ms(one.tbt)}` : '—';
      });
    }
  for (const page of Object.keys(PAGE_LABELS)) {
    const phone = (app: AppName) => results.phone[app]?.[consolePage(app, page)];
    if (!phone('console') && !phone('baseline')) continue;
    row(`Phone, ${PAGE_LABELS[page]}: FCP · LCP`, (app) => {
      const one = phone(app);
      return one ? `${ms(one.fcp.median)} · ${ms(one.lcp.median)}` : '—';
    });
  }
  row('Phone, Overview data on screen (floors: their LCP)', (app) =>
    ms(
      app === 'console' || app === 'baseline'
        ? results.phone[app]?.overview?.data?.median
        : results.phone[app]?.[floorPage(app)]?.lcp.median,
    ),
  );
  row('Quota change → new price, phone · desktop', (app) => {
    const one = results.quotaToPrice[app];
    return one ? `${ms(one.phone.median)} · ${ms(one.desktop.median)}` : '—';
  });
  const indexes = Object.values(results.lighthouse).flatMap((pages) =>
    Object.values(pages).flatMap((presets) =>
      Object.values(presets).flatMap((one) => one.runs.map((run) => run.benchmarkIndex)),
    ),
  );
  const m = results.machine;
  const known = indexes.filter((index): index is number => index != null);
  const lines = [
    `Measured ${results.date} at ${results.commit}${results.baseline ? ` against ${results.baseline}` : ''} on ${m.cores} cores (${m.cpu}), Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse}.`,
    `Lighthouse: median of ${results.runs.lighthouse} runs (simulated throttling, a fresh profile each run); its host CPU benchmark (benchmarkIndex) ${num(median(indexes))}, from ${num(Math.min(...known))} to ${num(Math.max(...known))}. Phone: median of ${results.runs.phone} first visits under Lighthouse's mobile throttling applied by the browser (${m.phone}). Quota: median of ${results.runs.quota} changes.`,
    '',
    `| figure | ${apps.map((app) => label[app]).join(' | ')} |`,
    `| --- | ${apps.map(() => '--:').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  lines.push(
    ...sources(
      results,
      apps.map((app) => [app, label[app]]),
    ),
  );
  if (results.checks?.length) {
    const failing = results.checks.filter((one) => !one.ok).length;
    lines.push(
      '',
      `Budgets (bench/budgets.json): ${results.checks.length - failing} of ${results.checks.length} met.`,
      '',
    );
    for (const one of results.checks) lines.push(`- ${one.ok ? '✓' : '✗'} ${one.line}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The first page's JS by where it comes from (minified bytes; gzip does not split by source). */
function sources(results: Results, apps: [AppName, string][]): string[] {
  const of = (app: AppName) => results.bytes[app]?.bySource ?? {};
  const names = [...new Set(apps.flatMap(([app]) => Object.keys(of(app))))];
  const largest = (name: string) => Math.max(...apps.map(([app]) => of(app)[name] ?? 0));
  const shown = names
    .filter((name) => largest(name) >= 4096)
    .sort((a, b) => largest(b) - largest(a));
  const rest = names.filter((name) => !shown.includes(name));
  const cell = (app: AppName, list: string[]) =>
    kb(list.reduce((total, name) => total + (of(app)[name] ?? 0), 0) || null);
  return [
    '',
    "Where the first page's JavaScript comes from (minified bytes, from the source maps):",
    '',
    `| source | ${apps.map(([, name]) => name).join(' | ')} |`,
    `| --- | ${apps.map(() => '--:').join(' | ')} |`,
    ...[...shown.map((name) => [name, [name]] as const), ['everything else', rest] as const].map(
      ([name, list]) => `| ${name} | ${apps.map(([app]) => cell(app, [...list])).join(' | ')} |`,
    ),
  ];
}
