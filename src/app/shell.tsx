import { AppShell, Burger, Group, Progress, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldLock } from '@tabler/icons-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { BrandLogo } from '@/components/brand-logo';
import { useFocusOnRouteChange } from '@/components/route-focus';
import { paths } from '@/config/paths';
import { DEMO_HOTKEY, DemoButton } from '@/features/demo/components/demo-button';
import { useRegion } from '@/lib/region';
import { useReportFirstPageShown } from '@/lib/first-page';
import { EditionIndicator } from './shell/edition-indicator';
import { MessagesBell } from './shell/messages-bell';
import { NavigationPanel } from './shell/navigation-panel';
import { AfterFirstPage } from './shell/after-first-page';
import { ColorSchemeTrigger, LanguageTrigger } from './shell/preference-triggers';
import { RegionSelect } from './shell/region-select';
import classes from './shell.module.css';

// the header's menus and the Demo entry load once the first page is on screen (AfterFirstPage)
const preferences = () => import('./shell/preferences-menu');
const LanguageMenu = lazy(() => preferences().then((module) => ({ default: module.LanguageMenu })));
const ColorSchemeMenu = lazy(() =>
  preferences().then((module) => ({ default: module.ColorSchemeMenu })),
);
// pure: a build without the mock drops the Demo entry, and with it this chunk
const DemoEntry = /* @__PURE__ */ lazy(() =>
  import('@/features/demo/components/demo-entry').then((module) => ({
    default: module.DemoEntry,
  })),
);

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
        <div className={classes.header}>
          <Burger
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
            <Text component="span" className={classes.brandName} visibleFrom="xs">
              {t('app.name')}
            </Text>
            <VisuallyHidden hiddenFrom="xs">{t('app.name')}</VisuallyHidden>
          </Link>
          <RegionSelect className={classes.region} />
          <EditionIndicator />
          <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
            {/* the demo panel, only where the mock runs: read directly so a backend build drops it */}
            {!import.meta.env.VITE_API_BASE_URL && (
              <AfterFirstPage placeholder={<DemoButton />} hotkey={DEMO_HOTKEY}>
                <DemoEntry />
              </AfterFirstPage>
            )}
            <MessagesBell />
            <AfterFirstPage placeholder={<LanguageTrigger />}>
              <LanguageMenu />
            </AfterFirstPage>
            <AfterFirstPage placeholder={<ColorSchemeTrigger />}>
              <ColorSchemeMenu />
            </AfterFirstPage>
          </Group>
        </div>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" aria-label={t('nav.label')}>
        <NavigationPanel onNavigate={close} />
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
