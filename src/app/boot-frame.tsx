import { useTranslation } from 'react-i18next';

/**
 * The frame index.html paints before the JavaScript arrives (its styles are in index.html),
 * kept on screen by the router while the first page's code and data load (its
 * `HydrateFallback`), so there is no blank moment between the HTML's frame and the console.
 */
export function BootFrame() {
  const { t } = useTranslation();
  return (
    <>
      <div className="boot-header" />
      <div className="boot-navbar" />
      <p className="boot-status" role="status">
        {t('app.loadingConsole')}
      </p>
    </>
  );
}
