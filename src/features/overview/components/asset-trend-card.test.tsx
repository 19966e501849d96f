import { renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewResponseSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';
import { useReportFirstPageShown } from '@/lib/first-page';
import { renderWithProviders } from '@/test/render';
import { AssetTrendCard } from './asset-trend-card';

/**
 * The first page of this test file's page load has not been shown yet (src/lib/first-page.ts
 * settles once per load): the card is rendered as the Overview's first render renders it.
 */
describe('the asset trend card', () => {
  it('gives the trend in words at once, and draws the chart once the first page is on screen', async () => {
    // the real mock's answer (src/test/setup.ts), 30 days of history in the healthy scenario
    const overview = await apiGet('/overview', {
      query: { region: 'cn-hangzhou' },
      schema: OverviewResponseSchema,
    });
    expect(overview.assetHistory.length).toBeGreaterThan(1);
    const { container } = renderWithProviders(<AssetTrendCard overview={overview} />);

    expect(await screen.findByText(/^Billable assets went from/)).toBeInTheDocument();
    // the chart's code waits for the first page: a placeholder of the chart's height meanwhile
    const loading = () => screen.queryByRole('status', { name: 'Loading the chart…' });
    expect(loading()).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loading()).toBeInTheDocument();

    // the shell reports the first page shown (here: no paint entries, a moment after its commit);
    // then the chart takes the placeholder's place (jsdom lays nothing out: it draws at width 0)
    renderHook(() => useReportFirstPageShown());
    await waitFor(() => expect(loading()).not.toBeInTheDocument(), { timeout: 3000 });
    expect(container.querySelector('[aria-hidden="true"][style*="height: 240px"]')).not.toBeNull();
  });
});
