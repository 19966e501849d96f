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
import { StorageReadError, StorageWriteError, type Store } from '../store';

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

type Ctx = { request: Request; params: PathParams; world: World; now: number };
export type RouteResult = { world?: World; response: Reply };

/**
 * Wraps a route: demo faults (latency, failures) on every endpoint but demo control, then one
 * serialised store transaction. Domain refusals become error bodies; nothing is saved with them.
 */
export function route(
  store: Store,
  handler: (ctx: Ctx) => RouteResult | Promise<RouteResult>,
  options: { faults?: boolean } = {},
): HttpResponseResolver<PathParams, DefaultBodyType> {
  const faults = options.faults ?? true;
  return async ({ request, params }) => {
    try {
      if (faults) {
        const { world } = store.read();
        if (world.latencyMs > 0) await delay(world.latencyMs);
        if (world.failureRate > 0 && Math.random() < world.failureRate) {
          return errorResponse(
            domainError(
              'SERVICE_UNAVAILABLE',
              'The service is temporarily unavailable (a fault injected by the demo). Try again.',
            ),
          );
        }
      }
      return await store.transact(async (world, now) => {
        try {
          const out = await handler({ request, params, world, now });
          return { world: out.world, result: out.response };
        } catch (e) {
          if (e instanceof HttpError) return { result: errorResponse(e.error) };
          throw e;
        }
      });
    } catch (e) {
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
      throw e;
    }
  };
}

export const json = (body: unknown, status = 200): Reply =>
  HttpResponse.json(body as Record<string, unknown>, { status });
