/** The thin adapter between HTTP and the domain: parse → domain → store → answer. */
import {
  delay,
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import type { z } from '@/domain/zod';
import { domainError, type DomainError, type Result } from '@/domain/errors';
import { validationError } from '@/domain/validation';
import type { World } from '@/domain/world';
import {
  NewerStateError,
  StorageBusyError,
  StorageReadError,
  StorageWriteError,
  type Store,
} from '../store-seam';

/** Where the mock answers: any origin, so the same handlers serve the browser and Node. */
export const API = '*/api/v1';

/** What every route answers. */
export type Reply = ReturnType<typeof HttpResponse.json>;

export function errorResponse(error: DomainError): Reply {
  const { status, ...body } = error;
  return HttpResponse.json({ error: body }, { status });
}

export class HttpError extends Error {
  readonly error: DomainError;
  constructor(error: DomainError) {
    super(error.message);
    this.error = error;
  }
}

/** The value of a domain result, or an HttpError that the route answers with. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new HttpError(result.error);
  return result.value;
}

/** Reads and validates a JSON body: 400 MALFORMED_JSON, or 422 VALIDATION_FAILED naming the field. */
export async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const text = await request.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(
      domainError(
        'MALFORMED_JSON',
        text.trim() === ''
          ? 'The request has no body; a JSON body is required.'
          : 'The request body is not valid JSON.',
      ),
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpError(validationError(parsed.error, data));
  return parsed.data;
}

type Ctx<B> = { request: Request; params: PathParams; body: B; world: World; now: number };
export type RouteResult = { world?: World; response: Reply };

const catchHttp = <T>(fn: () => T, fallback: (error: DomainError) => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HttpError) return fallback(e.error);
    throw e;
  }
};

/** The answer for an error no rule expected: a JSON body, never a stack trace. */
export function failureResponse(e: unknown): Reply {
  if (e instanceof StorageWriteError || e instanceof StorageReadError) {
    return errorResponse(
      domainError(
        'STORAGE_UNAVAILABLE',
        e instanceof StorageWriteError
          ? 'The demo data could not be saved in this browser (storage is full or blocked). Nothing was changed.'
          : 'The demo data could not be read in this browser (storage is blocked). Allow site data and reload.',
      ),
    );
  }
  if (e instanceof StorageBusyError) {
    return errorResponse(
      domainError(
        'SERVICE_UNAVAILABLE',
        'Another tab kept changing the demo data. Nothing was changed here; try again.',
      ),
    );
  }
  if (e instanceof NewerStateError) {
    return errorResponse(
      domainError(
        'DEMO_DATA_NEWER',
        'The demo data in this browser was saved by a newer version of the console, so this version leaves it as it is. Open the newer version, or reset the demo (Demo → Reset) to start over here.',
        { details: { schemaVersion: e.version } },
      ),
    );
  }
  console.error('The mocked API failed:', e);
  return errorResponse(
    domainError('INTERNAL_ERROR', 'Something went wrong in the demo API. Nothing was changed.'),
  );
}

/** Demo faults (latency, failures), injected on every endpoint but demo control. */
export async function injectFaults(store: Store): Promise<Reply | undefined> {
  const { world } = await store.read();
  if (world.latencyMs > 0) await delay(world.latencyMs);
  if (world.failureRate > 0 && Math.random() < world.failureRate) {
    return errorResponse(
      domainError(
        'SERVICE_UNAVAILABLE',
        'The service is temporarily unavailable (a fault injected by the demo). Try again.',
      ),
    );
  }
  return undefined;
}

/**
 * Wraps a route: demo faults, the body read and validated, then one store transaction in which
 * the handler runs synchronously (read, rules, write: no `await` between them). Domain
 * refusals become error bodies; nothing is saved with them.
 */
export function route<S extends z.ZodMiniType | undefined = undefined>(
  store: Store,
  handler: (ctx: Ctx<S extends z.ZodMiniType ? z.infer<S> : undefined>) => RouteResult,
  options: { faults?: boolean; body?: S } = {},
): HttpResponseResolver<PathParams, DefaultBodyType> {
  type Body = S extends z.ZodMiniType ? z.infer<S> : undefined;
  return async ({ request, params }) => {
    try {
      if (options.faults ?? true) {
        const fault = await injectFaults(store);
        if (fault) return fault;
      }
      let body: Body;
      try {
        body = (options.body ? await readBody(request, options.body) : undefined) as Body;
      } catch (e) {
        if (e instanceof HttpError) return errorResponse(e.error);
        throw e;
      }
      return await store.transact((world, now) =>
        catchHttp(
          () => {
            const out = handler({ request, params, body, world, now });
            return { world: out.world, result: out.response };
          },
          (error) => ({ result: errorResponse(error) }),
        ),
      );
    } catch (e) {
      return failureResponse(e);
    }
  };
}

export const json = (body: unknown, status = 200): Reply =>
  HttpResponse.json(body as Record<string, unknown>, { status });
