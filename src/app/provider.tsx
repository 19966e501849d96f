import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { withBranding } from '@/lib/branding';
import { i18n } from '@/lib/i18n';
import { useNotificationsHostWanted } from '@/lib/notifications-host';
import { queryClient as appQueryClient } from '@/lib/query-client';
import { useLocalizedTheme } from '@/theme/localized-theme';
import { cssVariablesResolver } from '@/theme/theme';

export const COLOR_SCHEME_STORAGE_KEY = 'sc-ui:color-scheme';
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

export type AppProviderProps = {
  children: ReactNode;
  queryClient?: QueryClient;
  /** `test`: no transitions or portals (Vitest) */
  env?: 'default' | 'test';
};

/** Every provider of the app, in one place; tests render with the same ones. */
export function AppProvider({ children, queryClient = appQueryClient, env }: AppProviderProps) {
  const theme = useLocalizedTheme();
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider
          theme={withBranding(theme)}
          defaultColorScheme="auto"
          colorSchemeManager={colorSchemeManager}
          cssVariablesResolver={cssVariablesResolver}
          env={env}
        >
          <LazyNotifications />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

/** The toasts' container, loaded once a component asks for it (`useNotificationsHost`). */
function LazyNotifications() {
  if (!useNotificationsHostWanted()) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}
