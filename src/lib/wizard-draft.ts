/**
 * A wizard's draft (its step and choices) in `sessionStorage`, so that a session that ends in
 * the middle of a purchase comes back, after signing in, to the same step with the same
 * choices (SPEC §4); Purchased Resources keeps its open dialog and the dialog's choices the same
 * way. One entry per wizard or dialog and subscription; this tab only; gone once the order is
 * placed, the wizard or dialog is left on purpose, or the customer signs out.
 */
const PREFIX = 'sc.wizard-draft:';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage blocked: the wizard works, without a draft
  }
}

export function readDraft(key: string): unknown {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined; // unreadable: start afresh
  }
}

export function writeDraft(key: string, draft: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // full or blocked: the draft is only a convenience
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Every wizard's draft (on sign-out: nothing of the account stays in the tab). */
export function clearWizardDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) if (key?.startsWith(PREFIX)) store.removeItem(key);
}
