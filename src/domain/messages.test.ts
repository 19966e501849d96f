import { describe, expect, test } from 'vitest';
import {
  dataRemovedMessage,
  demoResetMessage,
  expiredMessage,
  markRead,
  messageKey,
  paymentSucceededMessage,
  renewalReminder,
  sendOnce,
  unreadCount,
  upgradeRequiredMessage,
} from './messages';
import { healthyWorld, NOW, paidOrder, paidSub } from './test-utils/fixtures';

describe('messages', () => {
  test('a message is sent once per key (subscription, kind, expiry)', () => {
    const key = messageKey('s1', 'renewal-reminder', '2025-03-15T00:00:00.000Z');
    expect(key).toBe('s1|renewal-reminder|2025-03-15T00:00:00.000Z');
    const once = sendOnce(
      healthyWorld(),
      key,
      renewalReminder('cn-hangzhou', 5, '2025-03-15T00:00:00.000Z'),
      NOW,
    );
    expect(once.messages).toHaveLength(1);
    expect(once.messages[0]).toMatchObject({
      id: 'msg-20250310-00001',
      kind: 'renewal-reminder',
      read: false,
      createdAt: '2025-03-10T08:00:00.000Z',
    });
    expect(
      sendOnce(once, key, renewalReminder('cn-hangzhou', 4, '2025-03-15T00:00:00.000Z'), NOW),
    ).toBe(once);
    const other = sendOnce(
      once,
      messageKey('s1', 'renewal-reminder', '2025-04-15T00:00:00.000Z'),
      renewalReminder('cn-hangzhou', 5, '2025-04-15T00:00:00.000Z'),
      NOW,
    );
    expect(other.messages).toHaveLength(2);
    expect(messageKey('s1', 'demo-data-reset', null)).toBe('s1|demo-data-reset|-');
  });

  test('newest first; unread count; mark read', () => {
    let world = sendOnce(healthyWorld(), 'a', dataRemovedMessage('cn-hangzhou'), NOW);
    world = sendOnce(world, 'b', upgradeRequiredMessage('cn-hangzhou', 12, 10), NOW + 1);
    expect(world.messages.map((m) => m.kind)).toEqual(['upgrade-required', 'data-removed']);
    expect(unreadCount(world)).toBe(2);
    const id = world.messages[1]?.id ?? '';
    const read = markRead(world, id);
    expect(read?.messages.find((m) => m.id === id)?.read).toBe(true);
    expect(read && unreadCount(read)).toBe(1);
    expect(markRead(world, 'nope')).toBeUndefined();
  });

  test('every kind has a title and a body naming the region', () => {
    const drafts = [
      renewalReminder('ap-southeast-1', 1, '2025-03-11T00:00:00.000Z'),
      upgradeRequiredMessage('ap-southeast-1', 12, 10),
      expiredMessage('ap-southeast-1', '2025-03-14T00:00:00.000Z'),
      dataRemovedMessage('ap-southeast-1'),
    ];
    for (const d of drafts) {
      expect(d.title).toContain('Singapore');
      expect(d.body.length).toBeGreaterThan(10);
      expect(d.region).toBe('ap-southeast-1');
    }
    expect(renewalReminder('ap-southeast-1', 1, '2025-03-11T00:00:00.000Z').title).toContain(
      '1 day',
    );
    expect(demoResetMessage('the stored data is damaged')).toMatchObject({
      kind: 'demo-data-reset',
      params: { reason: 'the stored data is damaged' },
    });
  });

  test('payment succeeded and unsubscribe refund', () => {
    const sub = paidSub();
    expect(paymentSucceededMessage(paidOrder(sub, 9_468, 0)).body).toContain('94.68 USD');
    expect(
      paymentSucceededMessage(paidOrder(sub, -31_562, 0, { type: 'unsubscribe' })).body,
    ).toContain('315.62 USD will be refunded');
  });
});
