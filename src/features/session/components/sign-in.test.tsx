import { configure, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n, LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import { step, total } from '@/test/wizard';

/**
 * The console in front of a backend with sessions (SPEC §4), simulated over the mock: every
 * request but sign-in answers 401 while `signedIn` is false; `POST /session` takes one password.
 */
let signedIn = true;
const signOuts: string[] = [];
const error = (status: number, code: string, more: object = {}, headers = {}) =>
  HttpResponse.json({ error: { code, message: code, ...more } }, { status, headers });

function serveSessions() {
  server.use(
    http.post('*/api/v1/session', async ({ request }) => {
      const { password } = (await request.json()) as { password: string };
      if (password === 'too-many')
        return error(
          429,
          'RATE_LIMITED',
          { details: { retryAfterSeconds: 90 } },
          { 'Retry-After': '90' },
        );
      if (password !== 'demo-password') return error(401, 'INVALID_CREDENTIALS');
      signedIn = true;
      return HttpResponse.json(
        { user: { email: 'admin@demo.test', role: 'admin' } },
        { status: 201 },
      );
    }),
    http.delete('*/api/v1/session', () => {
      signOuts.push('DELETE');
      signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
    // without a session, every other endpoint: 401 (otherwise on to the mock's own handler)
    http.all('*/api/v1/*', () => (signedIn ? undefined : error(401, 'UNAUTHENTICATED'))),
  );
}

// the lazy pages compile on first render, and dialogs wait for live quotes
configure({ asyncUtilTimeout: 5000 });

const META = '<meta name="sc-backend" content="server">';

/** Purchased Resources' rows of China (Hangzhou): its details, then its actions. */
const hangzhou = async () =>
  (await screen.findByRole('rowheader', { name: /^China \(Hangzhou\)/ })).closest('tbody')!;

async function signInAgain(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'admin@demo.test');
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'demo-password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in with a real backend', { timeout: 40_000 }, () => {
  beforeEach(() => {
    signedIn = true;
    signOuts.length = 0;
    document.head.insertAdjacentHTML('afterbegin', META);
    serveSessions();
  });
  afterEach(async () => {
    document.head.querySelector('meta[name="sc-backend"]')?.remove();
    sessionStorage.clear();
    await i18n.changeLanguage('en');
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  it('brings a session that ends mid-Renew back to the same step with the same choices', async () => {
    const { user, router, queryClient } = renderRoute('/renew/sas-hz-0001?region=cn-hangzhou');
    await step('Confirm the order details');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the validity');
    await user.click(await screen.findByRole('radio', { name: /^2 months/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Review and pay');
    await user.click(
      screen.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    );

    // the session ends; the next request (a refresh) answers 401
    signedIn = false;
    void queryClient.invalidateQueries();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Security Center' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    expect(
      screen.getByText(
        'Sign in to continue where you were: the page you opened comes back after signing in.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'admin@demo.test');
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not correct. Check them and try again.',
    );
    expect(router.state.location.pathname).toBe('/sign-in');

    await user.clear(screen.getByLabelText(/^Password/, { selector: 'input' }));
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    // the same step, the same term, the Disclaimer still accepted
    await step('Review and pay');
    expect(router.state.location.pathname).toBe('/renew/sas-hz-0001');
    expect(await total('$160.00')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }),
    ).toBeChecked();
  });

  it('brings a session that ends with the pack dialog open back to that dialog, with its choices', async () => {
    const { user, router, queryClient } = renderRoute('/purchased-resources');
    await user.click(within(await hangzhou()).getByRole('button', { name: 'Buy Value-add Pack' }));
    const dialog = await screen.findByRole('dialog', { name: /^Buy Value-add Pack/ });
    const quantity = within(dialog).getByRole('textbox', { name: 'Quantity' });
    await user.clear(quantity);
    await user.type(quantity, '3');
    // 3 × 2000 cents a month for the 200 days left: round(6000 × 12 × 200 / 365) = 39452 cents
    const line = 'Log storage, 100 GB × 3 for the remaining 200 days$394.52';
    const price = await within(dialog).findByRole('table', { name: 'Price' });
    await waitFor(() => expect(price).toHaveTextContent(line));

    signedIn = false;
    void queryClient.invalidateQueries();
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Security Center' });
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/purchased-resources',
    );
    await signInAgain(user);

    const reopened = await screen.findByRole('dialog', { name: /^Buy Value-add Pack/ });
    expect(router.state.location.pathname).toBe('/purchased-resources');
    expect(within(reopened).getByRole('textbox', { name: 'Quantity' })).toHaveValue('3');
    const repriced = await within(reopened).findByRole('table', { name: 'Price' });
    await waitFor(() => expect(repriced).toHaveTextContent(line));

    // closed on purpose, it is gone: the page opens without it next time
    await user.click(within(reopened).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(Object.keys(sessionStorage).filter((key) => key.includes('draft'))).toEqual([]);
  });

  it('brings the tags being edited back after signing in', async () => {
    const { user, queryClient } = renderRoute('/purchased-resources');
    await user.click(within(await hangzhou()).getByRole('button', { name: 'Edit tags' }));
    const dialog = await screen.findByRole('dialog', { name: /^Tags/ });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag 1 value' }), '-eu');

    signedIn = false;
    void queryClient.invalidateQueries();
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Security Center' });
    await signInAgain(user);
    const reopened = await screen.findByRole('dialog', { name: /^Tags/ });
    expect(within(reopened).getByRole('textbox', { name: 'Tag 1 value' })).toHaveValue(
      'production-eu',
    );
  });

  it('shows a field the form refuses beside it, and the rate limit’s wait', async () => {
    const { user } = renderRoute('/sign-in?next=%2Forders');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter your email address, like name@example.com.',
    );

    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'admin@demo.test');
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'too-many');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 2 minutes.',
    );
  });

  it('switches the language before signing in, with the keyboard, and the console keeps it', async () => {
    const { user, router } = renderRoute('/sign-in?next=%2Forders');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Security Center' });
    const trigger = screen.getByRole('button', { name: 'Language: English' });
    expect(trigger).toHaveTextContent('English');

    // the header's menu: Enter opens it, the arrows move, Enter chooses
    trigger.focus();
    await user.keyboard('{Enter}');
    const chinese = await screen.findByRole('menuitem', { name: '中文' });
    expect(chinese).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('menuitem', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(chinese).toHaveFocus());
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: '登录云安全中心' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '语言：中文' })).toHaveTextContent('中文');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');

    await user.type(screen.getByRole('textbox', { name: '邮箱' }), 'admin@demo.test');
    await user.type(screen.getByLabelText(/^密码/, { selector: 'input' }), 'demo-password');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { level: 1, name: '订单' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/orders');
    expect(screen.getByRole('button', { name: '语言' })).toBeInTheDocument();
  });

  it('never returns to another site after signing in', async () => {
    const { user, router } = renderRoute('/sign-in?next=%2F%2Fevil.example%2Foverview');
    await user.type(await screen.findByRole('textbox', { name: 'Email' }), 'admin@demo.test');
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/overview'));
  });

  it('signs out from the header: DELETE /session, then the sign-in page', async () => {
    const { user, router } = renderRoute('/overview?region=cn-hangzhou');
    await user.click(await screen.findByRole('button', { name: 'Account menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Security Center' });
    expect(signOuts).toEqual(['DELETE']);
    expect(router.state.location.search).toBe('');
  });
});

describe('sign-in with the in-page mock', { timeout: 20_000 }, () => {
  it('never shows the sign-in page nor Sign out', async () => {
    const { router } = renderRoute('/sign-in?next=%2Forders');
    await screen.findByRole('heading', { level: 1, name: 'Orders' });
    expect(router.state.location.pathname).toBe('/orders');
    expect(screen.queryByRole('button', { name: 'Account menu' })).not.toBeInTheDocument();
  });
});
