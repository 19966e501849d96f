import { http } from 'msw';
import { domainError } from '@/domain/errors';
import { markRead, unreadCount } from '@/domain/messages';
import type { Store } from '../store-seam';
import { API, HttpError, json, route } from './http';

export function messageHandlers(store: Store) {
  return [
    http.get(
      `${API}/messages`,
      route(store, ({ world }) => ({
        response: json({ items: world.messages, unread: unreadCount(world) }),
      })),
    ),
    http.post(
      `${API}/messages/:id/read`,
      route(store, ({ params, world }) => {
        const next = markRead(world, String(params.id));
        if (!next)
          throw new HttpError(
            domainError('NOT_FOUND', `There is no message ${String(params.id)}.`),
          );
        const message = next.messages.find((m) => m.id === params.id);
        return { world: next, response: json({ message, unread: unreadCount(next) }) };
      }),
    ),
  ];
}
