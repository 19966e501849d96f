import { Modal } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('localized theme', () => {
  it('names the close button of every modal, in the UI language', async () => {
    renderWithProviders(
      <Modal opened onClose={() => undefined} title="Disclaimer">
        Text
      </Modal>,
    );
    expect(await screen.findByRole('button', { name: 'Close' })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('zh'));
    expect(await screen.findByRole('button', { name: '关闭' })).toBeInTheDocument();
  });
});
