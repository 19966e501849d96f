/** Issue 24: purchase requests — asked for by anyone signed in, paid (POST /orders) or declined by an admin. */
import { http } from 'msw';
import {
  CreatePurchaseRequestSchema,
  DeclinePurchaseRequestSchema,
  type Role,
} from '@/domain/contract';
import {
  createPurchaseRequest,
  declinePurchaseRequest,
  findPurchaseRequest,
  purchaseRequestView,
} from '@/domain/purchase-requests';
import type { Store } from '../store-seam';
import { API, json, route, unwrap } from './http';

/**
 * The signed-in user's email, set by the reference backend from the session (server/app.ts
 * replaces any such header a client sends). The in-page mock has no users: the role's name.
 */
export const ACTOR_HEADER = 'X-Security-Center-User';

/**
 * The request as the handlers see it on the reference backend: who is signed in, from the
 * session only — a header of that name sent by the client is replaced.
 */
export function asUser(request: Request, email: string): Request {
  const headers = new Headers(request.headers);
  headers.set(ACTOR_HEADER, email);
  return new Request(request, { headers });
}

const actor = (request: Request, role: Role): string =>
  request.headers.get(ACTOR_HEADER)?.trim() || role;

export function purchaseRequestHandlers(store: Store) {
  return [
    http.get(
      `${API}/purchase-requests`,
      route(store, ({ world, now }) => ({
        response: json({
          items: world.purchaseRequests.map((r) => purchaseRequestView(world, r, now)),
        }),
      })),
    ),
    http.get(
      `${API}/purchase-requests/:id`,
      route(store, ({ params, world, now }) => {
        const request = unwrap(findPurchaseRequest(world, String(params.id)));
        return { response: json(purchaseRequestView(world, request, now)) };
      }),
    ),
    http.post(
      `${API}/purchase-requests`,
      route(
        store,
        ({ request, body, world, now }) => {
          const out = unwrap(createPurchaseRequest(world, body, actor(request, world.role), now));
          return {
            world: out.world,
            response: json(purchaseRequestView(out.world, out.request, now), 201),
          };
        },
        { body: CreatePurchaseRequestSchema },
      ),
    ),
    http.post(
      `${API}/purchase-requests/:id/decline`,
      route(
        store,
        ({ request, params, body, world, now }) => {
          const out = unwrap(
            declinePurchaseRequest(
              world,
              String(params.id),
              body.reason,
              actor(request, world.role),
              now,
            ),
          );
          return {
            world: out.world,
            response: json(purchaseRequestView(out.world, out.request, now)),
          };
        },
        { body: DeclinePurchaseRequestSchema },
      ),
    ),
  ];
}
