/**
 * The `orders` table, as the database store (store.ts) uses it: every order ever placed, one
 * row each, with the Idempotency-Key and request fingerprint that made it. The table, not the
 * world's bounded memory of keys, is what makes one key one order.
 */
import type { Order } from '@/domain/contract';
import type { World } from '@/domain/world';
import type { Queryable } from './db';

/** The world remembers an order's key in `idempotency` under this prefix. */
export const KEY_PREFIX = 'key:';
export const IDEMPOTENCY_CONSTRAINT = 'orders_account_idempotency_key';

/** The orders of `generation` added after `afterSeq`, newest first, and the highest seq seen. */
export async function ordersSince(
  q: Queryable,
  accountId: string,
  generation: number,
  afterSeq: number,
): Promise<{ orders: Order[]; maxSeq: number }> {
  const rows = await q.query<{ body: Order | string; seq: number | string }>(
    'SELECT body, seq FROM orders WHERE account_id = $1 AND generation = $2 AND seq > $3 ORDER BY seq DESC',
    [accountId, generation, afterSeq],
  );
  return {
    orders: rows.map((r) => (typeof r.body === 'string' ? (JSON.parse(r.body) as Order) : r.body)),
    maxSeq: rows.reduce((m, r) => Math.max(m, Number(r.seq)), afterSeq),
  };
}

/** The order an Idempotency-Key made in this account, if any. */
export async function orderOfKey(
  q: Queryable,
  accountId: string,
  key: string,
): Promise<{ id: string; fingerprint: string | null } | undefined> {
  const [known] = await q.query<{ id: string; fingerprint: string | null }>(
    'SELECT id, fingerprint FROM orders WHERE account_id = $1 AND idempotency_key = $2',
    [accountId, key],
  );
  return known;
}

/** Each order's Idempotency-Key and request fingerprint, as the world remembers them. */
function keysByOrder(world: World): Map<string, { key: string; fingerprint: string }> {
  const out = new Map<string, { key: string; fingerprint: string }>();
  for (const [slot, v] of Object.entries(world.idempotency)) {
    if (slot.startsWith(KEY_PREFIX))
      out.set(v.orderId, { key: slot.slice(KEY_PREFIX.length), fingerprint: v.fingerprint });
  }
  return out;
}

/**
 * Inserts orders (given newest first, inserted oldest first) with the keys `world` holds for
 * them; `upsert` moves orders already stored into `generation`. Returns the highest seq written.
 */
export async function insertOrders(
  q: Queryable,
  accountId: string,
  orders: Order[],
  world: World,
  generation: number,
  upsert: boolean,
): Promise<number> {
  const keys = keysByOrder(world);
  let maxSeq = 0;
  for (const order of [...orders].reverse()) {
    const k = keys.get(order.id);
    const [row] = await q.query<{ seq: number | string }>(
      `INSERT INTO orders (account_id, id, generation, idempotency_key, fingerprint, type, amount, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
       ${upsert ? 'ON CONFLICT (account_id, id) DO UPDATE SET generation = EXCLUDED.generation' : ''}
       RETURNING seq`,
      [
        accountId,
        order.id,
        generation,
        k?.key ?? null,
        k?.fingerprint ?? null,
        order.type,
        order.amount,
        JSON.stringify(order),
      ],
    );
    maxSeq = Math.max(maxSeq, Number(row?.seq ?? 0));
  }
  return maxSeq;
}
