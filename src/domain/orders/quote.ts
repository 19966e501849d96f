/** The rules of each order type, and POST /quotes: the price of a request or the rule it breaks. */
import type { OrderRequest, Quote } from '../contract';
import type { Result } from '../errors';
import { applyQuote } from '../quote-documents';
import type { RegionState, World } from '../world';
import { planPack } from './pack';
import { locate, type OrderPlan } from './plan';
import { planRenewal } from './renew';
import { planUnsubscribe } from './unsubscribe';
import { planUpgrade } from './upgrade';

/** The plan of a request on a region's state: what an order would do, or the rule it breaks. */
export function planFor(
  world: World,
  state: RegionState,
  req: OrderRequest,
  nowMs: number,
): Result<OrderPlan> {
  switch (req.type) {
    case 'renew':
      return planRenewal(state, req, nowMs);
    case 'upgrade':
      return planUpgrade(state, req, nowMs);
    case 'value-added-pack':
      return planPack(state, req, nowMs);
    case 'unsubscribe':
      return planUnsubscribe(state, world.orders, nowMs);
  }
}

/** POST /quotes: the itemised price of a request, or the rule it breaks. Changes nothing. */
export function quoteOrder(world: World, req: OrderRequest, nowMs: number): Result<Quote> {
  const state = locate(world, req.subscriptionId);
  if (!state.ok) return state;
  const plan = planFor(world, state.value, req, nowMs);
  // issue 24: priced as the order would be, with its quote document (a ceiling while valid)
  return plan.ok ? applyQuote(world, req, plan.value.quote, state.value.subscription, nowMs) : plan;
}
