import { useEffect, useSyncExternalStore } from 'react';

/**
 * Mantine's `<Notifications>` (the toasts of `notifications.show`, with their transitions) is
 * a chunk of its own rather than part of the first page: a component that may show a
 * notification calls `useNotificationsHost()` when it renders, and the app's provider then
 * mounts the container — long before the first toast, so it slides in as it always did.
 */
let wanted = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks for the notifications container (once asked, it stays mounted). */
export function useNotificationsHost(): void {
  useEffect(() => {
    if (wanted) return;
    wanted = true;
    for (const listener of listeners) listener();
  }, []);
}

/** Whether a component has asked for the container yet (for the app's provider). */
export function useNotificationsHostWanted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
}
