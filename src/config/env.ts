import { z } from '@/domain/zod';

/**
 * The environment, validated once at start-up. `VITE_API_BASE_URL` set at build time
 * points the client at a real backend and leaves the mock out of the bundle
 * (see `src/main.tsx`); empty, the in-browser mock (MSW) serves `/api/v1`.
 */
const EnvSchema = z.object({
  VITE_API_BASE_URL: z.pipe(
    z._default(z.optional(z.union([z.literal(''), z.url({ protocol: /^https?$/ })])), ''),
    z.transform((url: string) => url.replace(/\/+$/, '')),
  ),
  BASE_URL: z._default(z.string(), '/'),
});

function parseEnv(raw: Record<string, unknown>) {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      `Invalid environment: ${result.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}. VITE_API_BASE_URL must be empty or an http(s) URL.`,
    );
  }
  const { VITE_API_BASE_URL, BASE_URL } = result.data;
  return {
    /** '' (same origin, the mock) or an absolute URL without a trailing slash */
    apiBaseUrl: VITE_API_BASE_URL,
    /** the in-browser mock serves the API */
    mockEnabled: VITE_API_BASE_URL === '',
    /** where the app is served from, with a trailing slash */
    basePath: BASE_URL,
  } as const;
}

export const env = parseEnv(import.meta.env);
export type Env = typeof env;
