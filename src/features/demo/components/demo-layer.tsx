import { Drawer } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoPanel } from './demo-panel';
import { GuidedTour, type TourPosition } from './guided-tour';

/**
 * What the Demo button loads on first use (a chunk of its own): the demo panel in a drawer,
 * and the guided tour's card, which stays on screen while the presenter closes the drawer
 * and walks through the pages.
 */
export function DemoLayer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('demo');
  const { t: tc } = useTranslation();
  const [tour, setTour] = useState<TourPosition | null>(null);
  // a story started again begins again, even from its first step
  const [run, setRun] = useState(0);

  return (
    <>
      <Drawer
        opened={opened}
        onClose={onClose}
        position="right"
        size="md"
        title={tc('demoEntry.panelTitle')}
        closeButtonProps={{ 'aria-label': t('panel.close') }}
        // a light veil: the audience watches the page change behind the panel
        overlayProps={{ backgroundOpacity: 0.15 }}
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <DemoPanel
          onStartTour={(story) => {
            onClose();
            setRun((value) => value + 1);
            setTour({ story, step: 0 });
          }}
        />
      </Drawer>
      {tour && (
        <GuidedTour key={run} position={tour} onMove={setTour} onEnd={() => setTour(null)} />
      )}
    </>
  );
}
