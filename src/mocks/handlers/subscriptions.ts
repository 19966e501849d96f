import { http } from 'msw';
import { PatchSubscriptionRequestSchema } from '@/domain/contract';
import { checkRegion } from '@/domain/demo';
import { domainError } from '@/domain/errors';
import { patchSubscription } from '@/domain/subscriptions';
import { overview, subscriptionView } from '@/domain/view';
import { findBySubscriptionId, regionState } from '@/domain/world';
import type { Store } from '../store-seam';
import { API, HttpError, json, route, unwrap } from './http';

export function subscriptionHandlers(store: Store) {
  return [
    http.get(
      `${API}/overview`,
      route(store, ({ request, world, now }) => {
        const region = unwrap(checkRegion(new URL(request.url).searchParams.get('region')));
        return { response: json(overview(regionState(world, region), now)) };
      }),
    ),
    http.get(
      `${API}/subscriptions`,
      route(store, ({ world, now }) => ({
        response: json({ items: world.regions.map((r) => subscriptionView(r, now)) }),
      })),
    ),
    http.get(
      `${API}/subscriptions/:id`,
      route(store, ({ params, world, now }) => {
        const state = findBySubscriptionId(world, String(params.id));
        if (!state)
          throw new HttpError(
            domainError('NOT_FOUND', `There is no subscription ${String(params.id)}.`),
          );
        return { response: json(subscriptionView(state, now)) };
      }),
    ),
    http.patch(
      `${API}/subscriptions/:id`,
      route(
        store,
        ({ body, params, world, now }) => {
          const out = unwrap(patchSubscription(world, String(params.id), body, now));
          const state = findBySubscriptionId(out.world, out.subscription.id);
          return {
            world: out.world,
            response: json(state ? subscriptionView(state, now) : out.subscription),
          };
        },
        { body: PatchSubscriptionRequestSchema },
      ),
    ),
  ];
}
