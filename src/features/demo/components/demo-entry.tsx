import { Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '@/lib/i18n';
import { DEMO_HOTKEY, DemoButton } from './demo-button';

/** the panel's chunk and its words (the `demo` namespace, loaded with it, not with the first page) */
const loadLayer = () =>
  Promise.all([import('./demo-layer'), loadNamespaces(['demo'])]).then(([module]) => module);
// pure: a build without the mock drops the Demo button, and with it this chunk
const DemoLayer = /* @__PURE__ */ lazy(() =>
  loadLayer().then((module) => ({ default: module.DemoLayer })),
);
/** Starts downloading the panel when the pointer or focus reaches the button. */
const preload = () => void loadLayer().catch(() => undefined);

const isApple = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || '');

/**
 * The header's Demo button, its tooltip and its shortcut (Ctrl+Shift+D, ⌘+Shift+D on a Mac).
 * The shell renders it only in builds that carry the mock, once the customer does something on
 * the page (AfterFirstPage); the panel and the guided tour behind it are a separate chunk loaded
 * on first use, so they cost nothing on a first visit. Once
 * loaded they stay mounted: a guided tour goes on while the drawer is closed.
 */
export function DemoEntry() {
  // `common`: the button is on every page, the `demo` namespace comes with the panel
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // the panel's chunk has arrived (until then the button says it is loading)
  const [ready, setReady] = useState(false);
  const load = () => {
    setLoaded(true);
    void loadLayer().then(
      () => setReady(true),
      () => undefined, // the lazy panel below throws it to the page's error boundary
    );
  };

  const open = () => {
    load();
    setOpened(true);
  };
  const close = () => setOpened(false);
  useHotkeys(
    [
      [
        DEMO_HOTKEY,
        () => {
          load();
          setOpened((value) => !value);
        },
      ],
    ],
    [],
  );

  const shortcut = isApple() ? '⌘ ⇧ D' : 'Ctrl+Shift+D';

  return (
    <>
      <Tooltip label={t('demoEntry.tooltip', { shortcut })} withArrow>
        <DemoButton
          onClick={open}
          onPointerEnter={preload}
          onFocus={preload}
          aria-expanded={opened}
          loading={opened && !ready}
        />
      </Tooltip>
      {/* the drawer comes with the panel's chunk (none of its code on the first page) */}
      {loaded && (
        <Suspense fallback={null}>
          <DemoLayer opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
