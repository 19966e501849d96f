import type { z } from '@/domain/zod';
import { env } from '@/config/env';

/**
 * The one module that knows where the API lives. Everything else passes a path
 * under `/api/v1` (`'/overview'`) and, ideally, the contract schema of the answer.
 *
 * Failures are always an `ApiError`:
 * - an error body `{ error: { code, message, field?, details? } }` keeps its code,
 *   message and the field it concerns, so a form can show it beside that field;
 * - a non-JSON or unexpected error answer becomes `HTTP_ERROR` with the status;
 * - no answer at all (offline, DNS, CORS) becomes `NETWORK_ERROR` (status 0);
 * - no answer within the timeout (`env.apiTimeoutMs`, 15 s by default) becomes `TIMEOUT`
 *   (status 0): the request may or may not have been carried out;
 * - the caller's own abort (TanStack Query dropping a superseded request) stays an abort;
 * - an answer that does not match the contract schema becomes `INVALID_RESPONSE`.
 */

export const API_PREFIX = '/api/v1';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no answer arrived */
  readonly status: number;
  /** a contract error code (`QUOTA_BELOW_ASSETS`…) or `NETWORK_ERROR`, `TIMEOUT`, `HTTP_ERROR`, `INVALID_RESPONSE` */
  readonly code: string;
  /** the request field the error concerns (`quota`, `validity.count`…) */
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    field?: string | undefined;
    details?: Record<string, unknown> | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details;
  }

  /** 4xx: the request itself was refused; repeating it unchanged will not help */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions<T> = {
  /**
   * contract schema the answer is parsed with, or a function that loads it
   * (`contractSchema('…')`, contract-schema.ts); without it the body is returned as is
   */
  schema?: z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>);
  query?: QueryParams;
  /** extra headers, e.g. `{ 'Idempotency-Key': key }` */
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** `'/overview', {region}` → `<base>/api/v1/overview?region=…` (absolute when the page has an origin) */
export function apiUrl(path: string, query: QueryParams = {}): string {
  const relative = `${env.apiBaseUrl}${API_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
  const origin = typeof window === 'undefined' ? undefined : window.location.origin;
  const url = origin ? new URL(relative, origin) : new URL(relative);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function networkError(cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: 'The service could not be reached. Check your connection and try again.',
    cause,
  });
}

function timeoutError(ms: number, cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: 'TIMEOUT',
    message: `The service did not answer within ${Math.round(ms / 1000)} seconds. Please try again.`,
    details: { timeoutMs: ms },
    cause,
  });
}

/**
 * The sessionStorage entry that shortens the timeout of the demo (the in-page mock only, whose
 * latency fault stops at 10 s): so a demo, or an e2e journey, can show a request that times out.
 */
export const DEMO_TIMEOUT_STORAGE_KEY = 'sc-demo:api-timeout-ms';

/** The timeout of the next request: the build's, or the demo's while the in-page mock answers. */
export function requestTimeoutMs(): number {
  if (typeof document === 'undefined' || document.documentElement.dataset.mock !== 'listening')
    return env.apiTimeoutMs;
  let demo = Number.NaN;
  try {
    demo = Number(window.sessionStorage.getItem(DEMO_TIMEOUT_STORAGE_KEY) ?? Number.NaN);
  } catch {
    // storage blocked: the build's timeout
  }
  return Number.isSafeInteger(demo) && demo > 0 ? demo : env.apiTimeoutMs;
}

/**
 * The caller's signal and the timeout's in one. `AbortSignal.any` is missing from part of the
 * build's targets (Chrome 111-115, Safari 16.4-17.3), hence the fallback.
 */
function eitherSignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

let requestsReady: Promise<unknown> = Promise.resolve();

/**
 * Holds every request until `ready` settles. `main.tsx` renders the console while the
 * in-browser mock starts, and no request may leave before the mock listens; one that did
 * would reach the static host instead of the mock.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestsReady = ready.then(
    () => undefined,
    () => undefined,
  );
}

export async function apiRequest<T>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions<T> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  await requestsReady;
  // a schema named with contractSchema() loads beside the request, not after its answer
  const schemaReady = Promise.resolve(
    typeof options.schema === 'function' ? options.schema() : options.schema,
  );
  schemaReady.catch(() => undefined); // awaited below; a request that fails does not wait for it
  const timeoutMs = requestTimeoutMs();
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? eitherSignal([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    // the caller's abort stays an abort (TanStack Query ignores it); the timeout is an error of its own
    if (options.signal?.aborted) throw cause;
    throw timeout.aborted ? timeoutError(timeoutMs, cause) : networkError(cause);
  }

  let payload: unknown;
  try {
    payload = await readJson(response);
  } catch (cause) {
    // the body stopped arriving: cut off by the timeout or the caller, or lost on the way
    if (options.signal?.aborted) throw cause;
    if (timeout.aborted) throw timeoutError(timeoutMs, cause);
    payload = undefined;
  }

  if (!response.ok) {
    // the contract (and zod) load with the first answer that needs them, not with the page
    const contract = await import('@/domain/contract').catch((cause: unknown) => {
      throw networkError(cause);
    });
    const parsed = contract.ApiErrorBodySchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, field, details } = parsed.data.error;
      throw new ApiError({ status: response.status, code, message, field, details });
    }
    throw new ApiError({
      status: response.status,
      code: 'HTTP_ERROR',
      message: `The service answered with an error (HTTP ${response.status}). Please try again.`,
      details: payload === undefined ? undefined : { body: payload },
    });
  }

  let schema: z.ZodMiniType<T> | undefined;
  try {
    schema = await schemaReady;
  } catch (cause) {
    // the console's own code for this answer could not be loaded: as if offline
    throw networkError(cause);
  }
  if (!schema) return payload as T;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: 'The service sent an answer this console does not understand.',
      details: { issues: parsed.error.issues },
      cause: parsed.error,
    });
  }
  return parsed.data;
}

export const apiGet = <T>(path: string, options?: RequestOptions<T>) =>
  apiRequest<T>('GET', path, undefined, options);

export const apiPost = <T>(path: string, body?: unknown, options?: RequestOptions<T>) =>
  apiRequest<T>('POST', path, body ?? {}, options);

export const apiPatch = <T>(path: string, body: unknown, options?: RequestOptions<T>) =>
  apiRequest<T>('PATCH', path, body, options);

export const apiPut = <T>(path: string, body: unknown, options?: RequestOptions<T>) =>
  apiRequest<T>('PUT', path, body, options);

export const apiDelete = <T>(path: string, options?: RequestOptions<T>) =>
  apiRequest<T>('DELETE', path, undefined, options);
