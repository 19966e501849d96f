/** `?from=` names the page a refused purchase came from: an in-app path only (never another site). */
export function returnPath(from: string | null): string | null {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return null;
  return from;
}
