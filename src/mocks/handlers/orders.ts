import { http } from 'msw';
import { OrderRequestSchema } from '@/domain/contract';
import { domainError } from '@/domain/errors';
import { placeOrder, quoteOrder } from '@/domain/orders/place';
import type { Store } from '../store-seam';
import { API, HttpError, json, route, unwrap } from './http';

const MAX_KEY_LENGTH = 200;

export function orderHandlers(store: Store) {
  return [
    http.post(
      `${API}/quotes`,
      route(
        store,
        ({ body, world, now }) => ({ response: json(unwrap(quoteOrder(world, body, now))) }),
        { body: OrderRequestSchema },
      ),
    ),
    http.post(
      `${API}/orders`,
      route(
        store,
        ({ request, body, world, now }) => {
          const key = request.headers.get('Idempotency-Key')?.trim();
          if (!key || key.length > MAX_KEY_LENGTH) {
            throw new HttpError(
              domainError(
                'IDEMPOTENCY_KEY_REQUIRED',
                `Every order needs an Idempotency-Key header of 1 to ${MAX_KEY_LENGTH} characters, so a retry never buys twice.`,
                {
                  field: 'Idempotency-Key',
                },
              ),
            );
          }
          const placed = unwrap(placeOrder(world, body, key, now));
          return {
            world: placed.replayed ? undefined : placed.world,
            response: json(
              { order: placed.order, subscription: placed.subscription },
              placed.replayed ? 200 : 201,
            ),
          };
        },
        { body: OrderRequestSchema },
      ),
    ),
    http.get(
      `${API}/orders`,
      route(store, ({ world }) => ({ response: json({ items: world.orders }) })),
    ),
    http.get(
      `${API}/orders/:id`,
      route(store, ({ params, world }) => {
        const order = world.orders.find((o) => o.id === params.id);
        if (!order)
          throw new HttpError(domainError('NOT_FOUND', `There is no order ${String(params.id)}.`));
        return { response: json(order) };
      }),
    ),
  ];
}
