import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';

/** Fresh modules: the first page is shown once per page load. */
async function load() {
  vi.resetModules();
  const [{ AfterFirstPage }, { useReportFirstPageShown }] = await Promise.all([
    import('./after-first-page'),
    import('@/lib/first-page'),
  ]);
  return { AfterFirstPage, useReportFirstPageShown };
}

/** A control whose code arrives when the test says so. */
function slowControl(onClick: () => void) {
  let arrive!: () => void;
  let asked = false;
  const Control = lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        asked = true;
        arrive = () =>
          resolve({
            default: () => (
              <button type="button" data-real onClick={onClick}>
                Language
              </button>
            ),
          });
      }),
  );
  return {
    Control,
    asked: () => asked,
    arrive: () =>
      act(async () => {
        arrive();
        await Promise.resolve();
      }),
  };
}

const standIn = <button type="button">Language</button>;

describe('a header control loaded after the first page (AfterFirstPage)', () => {
  it('shows its stand-in until the first page is on screen, then the control', async () => {
    const { AfterFirstPage, useReportFirstPageShown } = await load();
    const { Control, arrive } = slowControl(() => undefined);
    function Shell({ shown }: { shown: boolean }) {
      return (
        <>
          {shown && <FirstPage />}
          <AfterFirstPage placeholder={standIn}>
            <Control />
          </AfterFirstPage>
        </>
      );
    }
    function FirstPage() {
      useReportFirstPageShown();
      return null;
    }
    const { rerender } = render(<Shell shown={false} />);
    // nothing asks for the control's code before the page is shown
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('button', { name: 'Language' })).not.toHaveAttribute('data-real');

    rerender(<Shell shown />);
    // the stand-in stays while the code loads
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('button', { name: 'Language' })).not.toHaveAttribute('data-real');
    await arrive();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Language' })).toHaveAttribute('data-real'),
    );
  });

  it('passes a click on the stand-in to the control once it arrives, and the focus with it', async () => {
    const { AfterFirstPage } = await load();
    const clicks = vi.fn();
    const { Control, arrive } = slowControl(clicks);
    const user = userEvent.setup();
    render(
      <AfterFirstPage placeholder={standIn}>
        <Control />
      </AfterFirstPage>,
    );
    await user.click(screen.getByRole('button', { name: 'Language' }));
    expect(clicks).not.toHaveBeenCalled();
    await arrive();
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    const control = screen.getByRole('button', { name: 'Language' });
    expect(control).toHaveAttribute('data-real');
    expect(control).toHaveFocus();
  });

  it('passes on a click made while the control is already on its way (the page shown)', async () => {
    const { AfterFirstPage, useReportFirstPageShown } = await load();
    const clicks = vi.fn();
    const { Control, arrive } = slowControl(clicks);
    function FirstPage() {
      useReportFirstPageShown();
      return null;
    }
    const user = userEvent.setup();
    render(
      <>
        <FirstPage />
        <AfterFirstPage placeholder={standIn}>
          <Control />
        </AfterFirstPage>
      </>,
    );
    // the page is shown: the control's code is asked for, the stand-in stays meanwhile
    await new Promise((resolve) => setTimeout(resolve, 300));
    await user.click(screen.getByRole('button', { name: 'Language' }));
    await arrive();
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
  });

  it('with untilUsed, waits past the first page for the customer to do something on the page', async () => {
    const { AfterFirstPage, useReportFirstPageShown } = await load();
    const { Control, asked, arrive } = slowControl(() => undefined);
    function FirstPage() {
      useReportFirstPageShown();
      return null;
    }
    const user = userEvent.setup();
    render(
      <>
        <FirstPage />
        <AfterFirstPage placeholder={standIn} untilUsed>
          <Control />
        </AfterFirstPage>
      </>,
    );
    // the page is shown, and the control's code is still not asked for
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked()).toBe(false);
    // the pointer moves, anywhere
    await user.pointer({ target: document.body, coords: { x: 10, y: 10 } });
    await waitFor(() => expect(asked()).toBe(true));
    expect(screen.getByRole('button', { name: 'Language' })).not.toHaveAttribute('data-real');
    await arrive();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Language' })).toHaveAttribute('data-real'),
    );
  });

  it('with untilUsed, loads when the focus reaches it, and passes the click and the focus on', async () => {
    const { AfterFirstPage } = await load();
    const clicks = vi.fn();
    const { Control, arrive } = slowControl(clicks);
    const user = userEvent.setup();
    render(
      <AfterFirstPage placeholder={standIn} untilUsed>
        <Control />
      </AfterFirstPage>,
    );
    await user.tab();
    await user.keyboard('{Enter}');
    expect(clicks).not.toHaveBeenCalled();
    await arrive();
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: 'Language' })).toHaveFocus();
  });

  it('passes on a press whose release comes after the control has arrived, once', async () => {
    const { AfterFirstPage } = await load();
    const clicks = vi.fn();
    const { Control, arrive } = slowControl(clicks);
    const user = userEvent.setup();
    render(
      <AfterFirstPage placeholder={standIn} untilUsed>
        <Control />
      </AfterFirstPage>,
    );
    const button = screen.getByRole('button', { name: 'Language' });
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    await arrive();
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    await user.pointer({ keys: '[/MouseLeft]', target: screen.getByRole('button') });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('passes on its keyboard shortcut pressed before the control is there, and then lets the control have it', async () => {
    const { AfterFirstPage } = await load();
    const clicks = vi.fn();
    const { Control, arrive } = slowControl(clicks);
    const user = userEvent.setup();
    render(
      <AfterFirstPage placeholder={standIn} hotkey="mod+shift+D">
        <Control />
      </AfterFirstPage>,
    );
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    expect(clicks).not.toHaveBeenCalled();
    await arrive();
    await waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    // once there, the shortcut is the control's own: the stand-in's handler does nothing
    await user.keyboard('{Control>}{Shift>}D{/Shift}{/Control}');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clicks).toHaveBeenCalledTimes(1);
  });
});
