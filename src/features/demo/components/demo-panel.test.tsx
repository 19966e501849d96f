import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { DemoStateSchema, ScenarioNameSchema, SubscriptionDetailSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';
import { server } from '@/mocks/node';
import { renderWithProviders } from '@/test/render';
import { DemoPanel } from './demo-panel';

const DAY_MS = 86_400_000;
const demo = () => apiGet('/demo', { schema: DemoStateSchema });
const hangzhou = () => apiGet('/subscriptions/sas-hz-0001', { schema: SubscriptionDetailSchema });

function renderPanel(onStartTour = vi.fn()) {
  const rendered = renderWithProviders(<DemoPanel onStartTour={onStartTour} />, {
    route: '/overview?region=cn-hangzhou',
  });
  return { ...rendered, onStartTour };
}

describe('the demo panel', () => {
  it('offers every scenario of SPEC §2 with its story, and loads the one chosen', async () => {
    const { user } = renderPanel();
    const picker = await screen.findByRole('combobox', { name: 'Load a scenario' });
    expect(picker).toHaveValue('Healthy');
    expect(picker).toHaveAccessibleDescription(/8 of 10 assets, 200 days left/);

    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(ScenarioNameSchema.options.length);
    expect(options.map((option) => option.textContent)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Expiring soon5 days left/),
        expect.stringMatching(/^Read-only user.*read-only user/),
      ]),
    );
    await user.click(screen.getByRole('option', { name: /^Upgrade required/ }));

    await waitFor(async () => expect((await demo()).scenario).toBe('upgrade-required'));
    await waitFor(() => expect(picker).toHaveValue('Upgrade required'));
    expect((await hangzhou()).upgradeRequired).toBe(true);
  });

  it('adds up quick presses: three presses of +1 week before the page refetches make three weeks', async () => {
    renderPanel();
    const clock = await screen.findByRole('region', { name: 'Clock' });
    const week = within(clock).getByRole('button', { name: '+1 week' });
    // three presses in one go: none waits for the previous move or the refetch after it
    fireEvent.click(week);
    fireEvent.click(week);
    fireEvent.click(week);
    expect(
      await within(clock).findByText('21 days ahead', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const offset = (await demo()).clockOffsetMs;
    expect(offset).toBeGreaterThan(21 * DAY_MS - 60_000);
    expect(offset).toBeLessThan(21 * DAY_MS + 60_000);
  });

  it('moves the clock: +1 day, +1 week, to expiry, to data removal, back to real time', async () => {
    const { user } = renderPanel();
    const clock = await screen.findByRole('region', { name: 'Clock' });
    expect(within(clock).getByText('Real time')).toBeInTheDocument();

    await user.click(within(clock).getByRole('button', { name: '+1 day' }));
    await waitFor(async () =>
      expect((await demo()).clockOffsetMs).toBeGreaterThan(DAY_MS - 60_000),
    );
    expect((await demo()).clockOffsetMs).toBeLessThan(DAY_MS + 60_000);
    expect(await within(clock).findByText('1 day ahead')).toBeInTheDocument();

    await user.click(within(clock).getByRole('button', { name: '+1 week' }));
    expect(await within(clock).findByText('8 days ahead')).toBeInTheDocument();

    const expiry = (await hangzhou()).subscription.expiresAt!;
    const toExpiry = within(clock).getByRole('button', { name: 'To expiry' });
    await waitFor(() => expect(toExpiry).toBeEnabled());
    expect(toExpiry).toHaveAccessibleDescription(/^China \(Hangzhou\): expires /);
    await user.click(toExpiry);
    await waitFor(async () => expect((await hangzhou()).status).toBe('expired'));
    expect(Math.abs(Date.parse((await demo()).now) - Date.parse(expiry))).toBeLessThan(60_000);

    await user.click(within(clock).getByRole('button', { name: 'To data removal' }));
    await waitFor(async () => expect((await hangzhou()).status).toBe('released'));

    await user.click(within(clock).getByRole('button', { name: 'Back to real time' }));
    await waitFor(async () => expect((await demo()).clockOffsetMs).toBe(0));
    expect((await hangzhou()).status).toBe('active');
    expect(await within(clock).findByText('Real time')).toBeInTheDocument();
  });

  it('sets the assets of a region and shows its 120 % point and when an upgrade is required', async () => {
    const { user } = renderPanel();
    const region = await screen.findByRole('group', { name: 'China (Hangzhou)' });
    expect(
      await within(region).findByText(/quota 10, upgrade required from 12 \(120 %\)/),
    ).toBeInTheDocument();
    expect(within(region).queryByText('Upgrade required')).not.toBeInTheDocument();

    const ecs = within(region).getByRole('textbox', { name: 'ECS instances' });
    const external = within(region).getByRole('textbox', { name: 'External servers' });
    expect(ecs).toHaveValue('6');
    expect(external).toHaveValue('2');
    await user.clear(ecs);
    await user.type(ecs, '9');
    await user.clear(external);
    await user.type(external, '3');
    await user.tab();

    await waitFor(async () =>
      expect((await demo()).assets.find((a) => a.region === 'cn-hangzhou')).toEqual({
        region: 'cn-hangzhou',
        ecs: 9,
        external: 3,
      }),
    );
    expect(await within(region).findByText('Upgrade required')).toBeInTheDocument();
    expect(within(region).getByText(/^12 billable/)).toBeInTheDocument();
    expect((await hangzhou()).upgradeRequired).toBe(true);

    // the other regions (Basic) have no quota
    const singapore = screen.getByRole('group', { name: 'Singapore' });
    expect(within(singapore).getByText(/no quota/)).toBeInTheDocument();
  });

  it('sets a region to its 120 % point in one click', async () => {
    const { user } = renderPanel();
    const region = await screen.findByRole('group', { name: 'China (Hangzhou)' });
    await user.click(await within(region).findByRole('button', { name: 'Set to 12' }));
    await waitFor(async () => expect((await hangzhou()).billableAssets.total).toBe(12));
    expect(await within(region).findByText('Upgrade required')).toBeInTheDocument();
  });

  it('switches the role', async () => {
    const { user } = renderPanel();
    const role = await screen.findByRole('radiogroup', { name: 'Role of the signed-in account' });
    expect(within(role).getByRole('radio', { name: 'Administrator' })).toBeChecked();
    await user.click(within(role).getByRole('radio', { name: 'Read-only' }));
    await waitFor(async () => expect((await demo()).role).toBe('readonly'));
    expect(await screen.findByText(/^May look; every purchase is refused/)).toBeInTheDocument();
  });

  it('sets latency and failure rate with the sliders (keyboard)', async () => {
    renderPanel();
    const latency = await screen.findByRole('slider', { name: 'Latency' });
    expect(latency).toHaveAttribute('aria-valuetext', '0 ms');
    latency.focus();
    fireEvent.keyDown(latency, { key: 'ArrowRight' });
    await waitFor(async () => expect((await demo()).latencyMs).toBeGreaterThan(0));
    expect((await demo()).latencyMs).toBe(100);

    const failures = screen.getByRole('slider', { name: 'Failure rate' });
    failures.focus();
    fireEvent.keyDown(failures, { key: 'End' });
    await waitFor(async () => expect((await demo()).failureRate).toBe(1));
    await waitFor(() => expect(failures).toHaveAttribute('aria-valuetext', '100 %'));
  });

  it('copies a link that carries scenario, clock, role and assets', async () => {
    const { user } = renderPanel();
    // after user-event's setup, which installs a clipboard of its own
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
    const url = new URL(writeText.mock.calls[0]![0] as string);
    expect(url.pathname).toBe('/overview');
    expect(url.searchParams.get('region')).toBe('cn-hangzhou');
    expect(url.searchParams.get('scenario')).toBe('healthy');
    expect(url.searchParams.get('demoRole')).toBe('admin');
    expect(url.searchParams.get('demoAssets')).toBe(
      'cn-hangzhou:6:2,ap-southeast-1:2:0,eu-central-1:2:0,us-east-1:2:0',
    );
    expect(url.searchParams.has('demoNow')).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Demo link' })).toHaveValue(url.toString());
  });

  it('shows the link in a field when the clipboard refuses', async () => {
    const { user } = renderPanel();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/copy the link below by hand/);
    const field = screen.getByRole('textbox', { name: 'Demo link' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toContain('scenario=healthy&demoFrom=');
  });

  it('resets the demo data after a confirmation', async () => {
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: '+1 week' }));
    await waitFor(async () => expect((await demo()).clockOffsetMs).toBeGreaterThan(0));

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toHaveFocus();
    expect((await demo()).clockOffsetMs).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(async () => expect((await demo()).clockOffsetMs).toBe(0));
    expect(await screen.findByText('The demo data was reset.')).toBeInTheDocument();
  });

  it('starts a guided tour', async () => {
    const { user, onStartTour } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Start: Upgrade at 120 %' }));
    expect(onStartTour).toHaveBeenCalledWith('upgrade');
    await user.click(screen.getByRole('button', { name: 'Start: Expiry and data removal' }));
    expect(onStartTour).toHaveBeenLastCalledWith('expiry');
  });

  it('says when the demo state cannot be read, with Retry', async () => {
    server.use(
      http.get('*/api/v1/demo', () =>
        HttpResponse.json(
          { error: { code: 'STORAGE_UNAVAILABLE', message: 'Storage is unavailable.' } },
          { status: 503 },
        ),
      ),
    );
    const { user } = renderPanel();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('combobox', { name: 'Load a scenario' })).toBeInTheDocument();
  });
});
