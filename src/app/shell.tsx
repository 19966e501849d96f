import { AppShell, Burger, Group, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldLock } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { BrandLogo } from '@/components/brand-logo';
import { useFocusOnRouteChange } from '@/components/route-focus';
import { paths } from '@/config/paths';
import { DEMO_HOTKEY, DemoButton } from '@/features/demo/components/demo-button';
import { demoAvailable, hasSessions, useLeavingForSignIn } from '@/lib/auth';
import { readPendingPayment } from '@/lib/pending-payment';
import { useRegion } from '@/lib/region';
import { useReportFirstPageShown } from '@/lib/first-page';
import { EditionIndicator } from './shell/edition-indicator';
import { MessagesBell } from './shell/messages-bell';
import { NavigationPanel } from './shell/navigation-panel';
import { AfterFirstPage } from './shell/after-first-page';
import { BootFrame } from './boot-frame';
import { AccountTrigger, ColorSchemeTrigger, LanguageTrigger } from './shell/preference-triggers';
import { RegionSelect } from './shell/region-select';
import classes from './shell.module.css';

// the header's menus and the Demo entry load once the customer does something on the page, the
// navbar's (a phone's menu, opened by a tap) once it is open (AfterFirstPage): Menu, Popover,
// Tooltip and floating-ui are not part of a first visit left alone (−36 KB gzip, bench/README.md)
const preferences = () => import('./shell/preferences-menu');
const LanguageMenu = lazy(() => preferences().then((module) => ({ default: module.LanguageMenu })));
const ColorSchemeMenu = lazy(() =>
  preferences().then((module) => ({ default: module.ColorSchemeMenu })),
);
// only with a real backend (sessions): Sign out
const AccountMenu = lazy(() =>
  import('./shell/account-menu').then((module) => ({ default: module.AccountMenu })),
);
// pure: a build without the mock drops the Demo entry, and with it this chunk
const DemoEntry = /* @__PURE__ */ lazy(() =>
  import('@/features/demo/components/demo-entry').then((module) => ({
    default: module.DemoEntry,
  })),
);

// the resolver of an unconfirmed payment loads only when there is one (pending-payment.ts)
const LastPayment = lazy(() => import('./shell/last-payment'));

/**
 * Mounted when the shell starts with an unconfirmed payment (a reload, a sign-in): one of this
 * page's own payments is followed by its wizard or dialog, which a check started here would race.
 */
function LastPaymentSlot() {
  const [atStart] = useState(() => readPendingPayment() !== undefined);
  return atStart ? (
    <Suspense fallback={null}>
      <LastPayment />
    </Suspense>
  ) : null;
}

/** A phone's header has no room for these: its menu (the navbar) has them. */
function NavbarPreferences() {
  return (
    <Stack gap={2} hiddenFrom="xs">
      <AfterFirstPage placeholder={<LanguageTrigger placement="navbar" />}>
        <LanguageMenu placement="navbar" />
      </AfterFirstPage>
      <AfterFirstPage placeholder={<ColorSchemeTrigger placement="navbar" />}>
        <ColorSchemeMenu placement="navbar" />
      </AfterFirstPage>
    </Stack>
  );
}

/**
 * The console's frame: header (product, region, edition badge R15, messages,
 * language, colour scheme), navigation, and the page in `main`.
 */
export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [region] = useRegion();
  const navigation = useNavigation();
  useFocusOnRouteChange('main');
  useReportFirstPageShown();
  const leaving = useLeavingForSignIn();

  // a 401 is leading to the sign-in page: its loading frame, not the pages' error states
  if (leaving) return <BootFrame />;

  return (
    <AppShell
      header={{ height: { base: 104, sm: 60 } }}
      navbar={{ width: { base: 260, lg: 264 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      {navigation.state !== 'idle' && (
        <Progress
          className={classes.progress}
          value={100}
          animated
          size={3}
          radius={0}
          aria-label={t('shell.loadingPage')}
        />
      )}

      <AppShell.Header>
        {/* one row that cannot wrap (a grid); on a phone the region selector has a row of its own */}
        <div className={classes.header}>
          <Burger
            className={classes.burger}
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('shell.toggleNavigation')}
            aria-expanded={opened}
            aria-controls="app-navbar"
          />
          <Link to={paths.overview.getHref(region)} className={classes.brand}>
            <BrandLogo
              fallback={
                <span className={classes.logo} aria-hidden>
                  <IconShieldLock size={20} stroke={1.8} />
                </span>
              }
            />
            {/* shown where the row has room for it (shell.module.css), read out everywhere */}
            <Text component="span" className={classes.brandName}>
              {t('app.name')}
            </Text>
          </Link>
          <RegionSelect className={classes.region} />
          <div className={classes.edition}>
            <EditionIndicator />
          </div>
          <Group gap={4} wrap="nowrap" className={classes.actions}>
            {/* the demo panel, only where the mock runs: read directly so a backend build drops it */}
            {!import.meta.env.VITE_API_BASE_URL && demoAvailable() && (
              <AfterFirstPage placeholder={<DemoButton />} hotkey={DEMO_HOTKEY} untilUsed>
                <DemoEntry />
              </AfterFirstPage>
            )}
            <MessagesBell />
            {hasSessions() && (
              <AfterFirstPage placeholder={<AccountTrigger />} untilUsed>
                <AccountMenu />
              </AfterFirstPage>
            )}
            {/* below 576 px they are in the navbar instead (NavbarPreferences) */}
            <Group gap={4} wrap="nowrap" visibleFrom="xs">
              <AfterFirstPage placeholder={<LanguageTrigger />} untilUsed>
                <LanguageMenu />
              </AfterFirstPage>
              <AfterFirstPage placeholder={<ColorSchemeTrigger />} untilUsed>
                <ColorSchemeMenu />
              </AfterFirstPage>
            </Group>
          </Group>
        </div>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" aria-label={t('nav.label')}>
        <NavigationPanel
          onNavigate={close}
          // only while the menu is open: the header has them whenever the navbar is not a menu
          preferences={opened ? <NavbarPreferences /> : null}
        />
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <LastPaymentSlot />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
