import { redirect } from 'react-router';
import type { ClientLoader } from '@/app/route-data';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { hasSessions, safeNext } from '@/lib/auth';

/** With the in-page mock there is nobody to sign in: straight on to where the link leads. */
export const clientLoader: ClientLoader =
  () =>
  ({ request }) => {
    if (hasSessions()) return null;
    return redirect(safeNext(new URL(request.url).searchParams.get('next')));
  };

export const Component = SignInPage;
