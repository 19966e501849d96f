import type { QueryClient } from '@tanstack/react-query';
import { apiDelete, apiPost, isApiError } from '@/lib/api-client';
import { signInReached } from '@/lib/auth';
import { clearWizardDrafts } from '@/lib/wizard-draft';

export type Credentials = { email: string; password: string };

/**
 * `POST /session` (SPEC §4): the server sets the session cookie. What was cached belongs to
 * whoever was signed in before (maybe another account), so the cache is emptied.
 */
export async function signIn(queryClient: QueryClient, credentials: Credentials): Promise<void> {
  await apiPost('/session', credentials);
  queryClient.clear();
  signInReached();
}

/**
 * `DELETE /session`, then `leave` (to the sign-in page: the pages unmount first, so none of
 * them asks again for what is removed), then nothing of the account is left in the tab: the
 * cache and the wizards' drafts go. A session that had already ended (401) is signed out too.
 */
export async function signOut(queryClient: QueryClient, leave: () => Promise<void>): Promise<void> {
  try {
    // the server refuses a state change that is not declared JSON, even one without a body
    await apiDelete('/session', { headers: { 'Content-Type': 'application/json' } });
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
  await leave();
  queryClient.clear();
  clearWizardDrafts();
}
