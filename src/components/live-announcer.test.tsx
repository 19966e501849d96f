import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { announce, announced, useAnnounceError } from './live-announcer';

const quotaError = new ApiError({
  status: 422,
  code: 'QUOTA_DECREASE_NOT_ALLOWED',
  message: 'The quota cannot be reduced: enter at least the current 10.',
  field: 'quota',
  details: { min: 10, currentQuota: 10 },
});

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('live announcer', () => {
  it('says a message in a polite live region, hidden from sight', async () => {
    announce('Price updated');
    const region = document.querySelector('[aria-live="polite"]');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region?.getAttribute('style')).toContain('clip');
    await waitFor(() => expect(announced('polite')).toBe('Price updated'));
  });

  it('announces an API error assertively, in the UI language, once per error', async () => {
    await i18n.changeLanguage('zh');
    const { rerender } = renderHook(({ error }) => useAnnounceError(error), {
      initialProps: { error: null as unknown },
    });
    expect(document.querySelector('[aria-live="assertive"]')).not.toBeNull();
    expect(announced('assertive')).toBe('');

    rerender({ error: quotaError });
    await waitFor(() => expect(announced('assertive')).toBe('配额不能降低：请至少输入 10。'));

    // the same error again is not said again
    document.querySelector('[aria-live="assertive"]')!.textContent = '';
    rerender({ error: quotaError });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(announced('assertive')).toBe('');
  });
});
