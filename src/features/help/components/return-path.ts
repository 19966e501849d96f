/** Longer than any path of the console with its query: a `?from=` this long is not one of ours. */
const MAX_LENGTH = 2_048;

/**
 * `?from=` names the page a refused purchase came from (`ForbiddenAlert`): the help page links
 * back to it. Only a path of this console's own origin is linked: null without `?from=` (no
 * link), `fallback` (the Overview) for anything else.
 *
 * What counts is what the browser makes of the value, not how it is written: the URL parser
 * drops tabs and newlines (`/\t/evil.example` is `//evil.example`), reads `\` as `/`, and
 * resolves `.` and `..` (`/.//evil.example` is the path `//evil.example`). So the value is
 * parsed against the origin, the result must be on that origin with a path that begins with
 * one `/`, and the parsed form (path, query, hash) is what is linked.
 */
export function returnPath(
  from: string | null,
  fallback: string,
  origin: string = window.location.origin,
): string | null {
  if (from === null) return null;
  // a path, not a URL or a relative reference; and of a sensible length
  if (!from.startsWith('/') || from.length > MAX_LENGTH) return fallback;
  let url: URL;
  try {
    url = new URL(from, origin);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== origin || !path.startsWith('/') || path.startsWith('//')) return fallback;
  return path.length <= MAX_LENGTH ? path : fallback;
}
