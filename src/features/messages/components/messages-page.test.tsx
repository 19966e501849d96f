import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioName } from '@/domain/contract';
import { apiGet, apiPatch, apiPost, apiPut } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { renderRoute } from '@/test/render';

const WAIT = { timeout: 4000 };
/** Loads a scenario and lets the mock send its lifecycle messages (they are sent on the next request). */
async function scenario(name: ScenarioName) {
  await apiPost('/demo/scenario', { name });
  await apiGet('/messages');
}
const bell = (unread: number) =>
  screen.findByRole('link', { name: `Messages, ${unread} unread` }, WAIT);
const article = (name: string | RegExp) => screen.findByRole('article', { name }, WAIT);

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Messages page', () => {
  it('lists the messages newest first with kind, date, region and an unread mark', async () => {
    await scenario('expiring-soon');
    // 12 of 10 assets: an upgrade-required message, sent after the reminder
    await apiPut('/demo/assets', { region: 'cn-hangzhou', ecs: 10, external: 2 });
    renderRoute('/messages');

    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Messages' }, WAIT);
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      'Upgrade required in China (Hangzhou)',
      'Your subscription in China (Hangzhou) expires in 5 days',
    ]);

    const reminder = await article('Your subscription in China (Hangzhou) expires in 5 days');
    expect(reminder).toHaveTextContent('Renewal reminder');
    expect(reminder).toHaveTextContent('Unread');
    expect(reminder).toHaveTextContent(/Renew before .+ to keep your assets protected\./);
    expect(within(reminder).getByRole('time')).toHaveAttribute('datetime');
    expect(
      within(reminder).getByRole('link', { name: 'Open the overview of China (Hangzhou)' }),
    ).toHaveAttribute('href', '/overview?region=cn-hangzhou');

    const upgrade = await article('Upgrade required in China (Hangzhou)');
    expect(upgrade).toHaveTextContent(
      'You have 12 billable assets for a quota of 10. Upgrade the quota to at least 12',
    );
  });

  it('marks a message as read, and the bell’s count follows', async () => {
    await scenario('expiring-soon');
    const { user } = renderRoute('/messages');
    await bell(1);
    const reminder = await article(/expires in 5 days/);
    await user.click(within(reminder).getByRole('button', { name: 'Mark as read' }));

    await bell(0);
    await waitFor(() =>
      expect(
        within(reminder).queryByRole('button', { name: 'Mark as read' }),
      ).not.toBeInTheDocument(),
    );
    expect(reminder).not.toHaveTextContent('Unread');
    const { unread } = await apiGet<{ unread: number }>('/messages');
    expect(unread).toBe(0);
  });

  it('keeps the Unread filter in the URL; the empty state when every message is read', async () => {
    await scenario('expiring-soon');
    const { user, router } = renderRoute('/messages?filter=unread');
    expect(await screen.findByRole('radio', { name: 'Unread (1)' }, WAIT)).toBeChecked();
    const reminder = await article(/expires in 5 days/);
    await user.click(within(reminder).getByRole('button', { name: 'Mark as read' }));

    expect(await screen.findByText('You have read every message.', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all messages' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await article(/expires in 5 days/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'All (1)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Unread (0)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=unread'));
  });

  it('marks every message as read at once', async () => {
    await scenario('expiring-soon');
    await apiPut('/demo/assets', { region: 'cn-hangzhou', ecs: 10, external: 2 });
    const { user } = renderRoute('/messages');
    await bell(2);
    expect(await screen.findAllByRole('button', { name: 'Mark as read' })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await bell(0);
    expect(screen.queryByRole('button', { name: 'Mark as read' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('says so when there are no messages', async () => {
    renderRoute('/messages');
    expect(
      await screen.findByText(
        'No messages yet. Reminders and notices about your subscriptions will appear here.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'All (0)' })).toBeChecked();
  });

  it('shows a skeleton while loading, and an error with Retry', async () => {
    await apiPatch('/demo', { latencyMs: 800, failureRate: 1 });
    const { user } = renderRoute('/messages');
    expect(await screen.findByText('Loading messages…', {}, WAIT)).toBeInTheDocument();
    const alert = await screen.findByRole('alert', { name: 'Messages could not be loaded' }, WAIT);

    await apiPatch('/demo', { latencyMs: 0, failureRate: 0 });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('radio', { name: 'All (0)' }, WAIT)).toBeChecked();
  });

  it('words messages in the UI language from their kind and values', async () => {
    await scenario('expiring-soon');
    await i18n.changeLanguage('zh');
    renderRoute('/messages');
    const reminder = await article('您在华东1（杭州）的订阅将在 5 天后到期');
    expect(reminder).toHaveTextContent('续费提醒');
    expect(within(reminder).getByRole('button', { name: '标记为已读' })).toBeInTheDocument();
  });
});
