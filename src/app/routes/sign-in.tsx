import { redirect } from 'react-router';
import type { ClientLoader } from '@/app/route-data';
import { LanguageMenu } from '@/app/shell/preferences-menu';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { hasSessions, safeNext } from '@/lib/auth';

/** With the in-page mock there is nobody to sign in: straight on to where the link leads. */
export const clientLoader: ClientLoader =
  () =>
  ({ request }) => {
    if (hasSessions()) return null;
    return redirect(safeNext(new URL(request.url).searchParams.get('next')));
  };

/** The page with the header's language menu: a choice made before signing in stays. */
export function Component() {
  return <SignInPage languageSwitch={<LanguageMenu placement="page" />} />;
}
