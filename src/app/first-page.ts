import { useEffect } from 'react';

let resolveShown: () => void = () => undefined;

/**
 * Settles once the console's first page is on screen (its shell committed and painted): what
 * can wait for it (the in-browser mock's code, src/main.tsx) does not compete with the first
 * page for the network and the main thread.
 */
export const firstPageShown = new Promise<void>((resolve) => (resolveShown = resolve));

/**
 * Called by the shell: it has been committed, with the first page inside it, and is on screen
 * once the browser has shown the next frame (an effect may run before that frame is painted;
 * the frame after it starts once it has been shown).
 */
export function useFirstPageShown(): void {
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => resolveShown());
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}
