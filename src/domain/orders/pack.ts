import { LIMITS, PACK_IDS, type PackId } from '../catalog';
import type { PackRequest } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { packMonthlyCost, proRataFee, remainingDaysForFee } from '../pricing';
import { toIso } from '../time';
import type { RegionState } from '../world';
import { lineItem } from './describe';
import { context, type OrderPlan } from './plan';

const isPackId = (id: string): id is PackId => (PACK_IDS as readonly string[]).includes(id);

/** Packs are bought for a live subscription-billed edition, end with it, and are priced pro rata like an upgrade. */
export function planPack(
  state: RegionState,
  req: Pick<PackRequest, 'pack' | 'quantity'>,
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status, daysLeft } = context(state, nowMs);
  if (
    sub.billingMode !== 'subscription' ||
    sub.expiresAt === null ||
    (status !== 'active' && status !== 'expiring')
  ) {
    return refuse(
      'NOT_UPGRADABLE',
      'Value-added packs can be bought only for an active yearly/monthly Standard or Professional edition.',
      { details: { billingMode: sub.billingMode, status } },
    );
  }
  if (!isPackId(req.pack)) {
    return refuse('VALIDATION_FAILED', 'Choose one of the value-added packs on offer.', {
      field: 'pack',
      details: { allowed: PACK_IDS },
    });
  }
  const held = sub.packs.find((p) => p.pack === req.pack)?.quantity ?? 0;
  const max = LIMITS.maxPackQuantity - held;
  if (req.quantity < LIMITS.minPackQuantity || req.quantity > max) {
    return refuse(
      'VALIDATION_FAILED',
      max < LIMITS.minPackQuantity
        ? `You already hold the maximum of ${LIMITS.maxPackQuantity} of this pack.`
        : `Enter a quantity from ${LIMITS.minPackQuantity} to ${max}.`,
      { field: 'quantity', details: { min: LIMITS.minPackQuantity, max } },
    );
  }
  const remainingDays = remainingDaysForFee(daysLeft ?? 0);
  const amount = proRataFee(packMonthlyCost(req.pack, req.quantity), remainingDays);
  const packs = held
    ? sub.packs.map((p) =>
        p.pack === req.pack ? { ...p, quantity: p.quantity + req.quantity } : p,
      )
    : [...sub.packs, { pack: req.pack, quantity: req.quantity }];
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [lineItem('pack', amount, { pack: req.pack, quantity: req.quantity, remainingDays })],
      remainingDays,
      newExpiresAt: sub.expiresAt,
    },
    next: { ...sub, packs },
    span: { from: toIso(nowMs), to: sub.expiresAt },
  });
}
