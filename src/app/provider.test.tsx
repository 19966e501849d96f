import { notifications } from '@mantine/notifications';
import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from './provider';
import { createTestQueryClient } from '@/test/render';
import { useNotificationsHost } from '@/lib/notifications-host';

function SavesSomething() {
  useNotificationsHost();
  useEffect(() => {
    notifications.show({ color: 'teal', message: 'Tags saved for China (Hangzhou).' });
  }, []);
  return null;
}

describe('notifications', () => {
  it('shows what a component that asked for the container announces', async () => {
    render(
      <AppProvider queryClient={createTestQueryClient()} env="test">
        <SavesSomething />
      </AppProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Tags saved for China (Hangzhou).');
  });
});
