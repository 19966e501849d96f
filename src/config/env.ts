/**
 * The environment, checked once at start-up. `VITE_API_BASE_URL` set at build time
 * points the client at a real backend and leaves the mock out of the bundle
 * (see `src/main.tsx`); empty, the in-browser mock (MSW) serves `/api/v1`.
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
    /** '' (same origin, the mock) or an absolute URL without a trailing slash */
    apiBaseUrl,
    /** the in-browser mock serves the API */
    mockEnabled: apiBaseUrl === '',
    /** where the app is served from, with a trailing slash */
    basePath: typeof raw.BASE_URL === 'string' ? raw.BASE_URL : '/',
  } as const;
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
