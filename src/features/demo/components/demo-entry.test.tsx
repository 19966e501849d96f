import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { DemoEntry } from './demo-entry';

describe('the Demo button', () => {
  it('opens the demo panel, which is loaded on first use', async () => {
    const { user } = renderWithProviders(<DemoEntry />, { route: '/overview' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Demo' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+D Meta+Shift+D');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    const panel = await screen.findByRole('dialog', { name: 'Demo control' });
    expect(panel).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Load a scenario' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Demo' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('button', { name: 'Close the demo control' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens and closes with Ctrl+Shift+D, from anywhere', async () => {
    const { user } = renderWithProviders(<DemoEntry />, { route: '/overview' });
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Demo control' })).toBeInTheDocument();
    // from inside an input of the panel too
    const [ecs] = await screen.findAllByRole('textbox', { name: 'ECS instances' });
    await user.click(ecs!);
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
