/**
 * The environment, checked once at start-up. `VITE_API_BASE_URL` set at build time
 * points the client at a real backend and leaves the mock out of the bundle
 * (see `src/main.tsx`); empty, the in-browser mock (MSW) serves `/api/v1`. `VITE_API_TIMEOUT_MS`
 * (default 15 000) is how long a request waits for its answer (`src/lib/api-client.ts`).
 *
 * Checked with the platform's URL parser rather than a zod schema: this runs before the first
 * paint, and the first page's script carries no zod (docs/architecture.md, "Build and first page").
 */
export function parseEnv(raw: Record<string, unknown>) {
  const base = raw.VITE_API_BASE_URL ?? '';
  if (typeof base !== 'string' || (base !== '' && !isHttpUrl(base))) {
    throw new Error(
      `Invalid environment: VITE_API_BASE_URL is ${JSON.stringify(base)}. VITE_API_BASE_URL must be empty or an http(s) URL.`,
    );
  }
  const apiBaseUrl = base.replace(/\/+$/, '');
  return {
    /** how long a request may wait for its answer before it is given up (`TIMEOUT`) */
    apiTimeoutMs: parseTimeout(raw.VITE_API_TIMEOUT_MS),
    /** '' (same origin, the mock) or an absolute URL without a trailing slash */
    apiBaseUrl,
    /** the in-browser mock serves the API */
    mockEnabled: apiBaseUrl === '',
    /** where the app is served from, with a trailing slash */
    basePath: typeof raw.BASE_URL === 'string' ? raw.BASE_URL : '/',
  } as const;
}

export const DEFAULT_API_TIMEOUT_MS = 15_000;

/** `VITE_API_TIMEOUT_MS`: unset or empty is the default; otherwise whole milliseconds, 1 s to 10 min. */
function parseTimeout(raw: unknown): number {
  if (raw === undefined || raw === '') return DEFAULT_API_TIMEOUT_MS;
  const ms = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(ms) || ms < 1_000 || ms > 600_000) {
    throw new Error(
      `Invalid environment: VITE_API_TIMEOUT_MS is ${JSON.stringify(raw)}. VITE_API_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 600000.`,
    );
  }
  return ms;
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const env = parseEnv(import.meta.env);
export type Env = typeof env;
