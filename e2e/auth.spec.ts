import { expect, test } from '@playwright/test';
import { ADMIN, fillLogin, login, logout, MANAGER, PASSWORD } from './support';

test('refuses a wrong password with the server message, then logs in and out', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào Sen CRM' })).toBeVisible();

  await fillLogin(page, ADMIN, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/login$/);

  await fillLogin(page, ADMIN, PASSWORD);
  // Managers and admins land on the dashboard (REP-02).
  await expect(page).toHaveURL(/\/reports\/overview$/);
  await expect(page.getByRole('heading', { name: 'Báo cáo', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Khách hàng', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Khách hàng', level: 1 })).toBeVisible();

  await logout(page);
  // The token is gone: an app page sends the visitor back to the login page.
  await page.goto('/settings/users');
  await expect(page).toHaveURL(/\/login$/);
});

test('shows a field error for an e-mail that is not one, before asking the server', async ({ page }) => {
  await page.goto('/login');
  await fillLogin(page, 'admin-at-sen', PASSWORD);
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveAccessibleDescription(
    'Email không hợp lệ.',
  );
});

test('returns to the page asked for after logging in', async ({ page }) => {
  await page.goto('/settings/logs');
  await expect(page).toHaveURL(/\/login$/);
  await fillLogin(page, ADMIN, PASSWORD);
  await expect(page).toHaveURL(/\/settings\/logs$/);
  await expect(page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();
});

test('shows the sidebar groups, with only Logs under Cài đặt for a manager', async ({ page }) => {
  await login(page, MANAGER);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const label of ['Bán hàng', 'Marketing', 'Cài đặt']) {
    await expect(nav.getByText(label, { exact: true })).toBeVisible();
  }
  for (const link of ['Khách hàng', 'Liên hệ', 'Giao dịch', 'Chiến dịch', 'Báo cáo', 'Logs']) {
    await expect(nav.getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  for (const link of ['Người dùng', 'Tham số hệ thống', 'Thiết lập trùng lặp dữ liệu']) {
    await expect(nav.getByRole('link', { name: link, exact: true })).toHaveCount(0);
  }

  await page.goto('/settings/users');
  await expect(page.getByText('Không có quyền truy cập').first()).toBeVisible();
});

test('shows every settings entry to an admin', async ({ page }) => {
  await login(page);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const link of ['Người dùng', 'Tham số hệ thống', 'Thiết lập trùng lặp dữ liệu', 'Logs']) {
    await expect(nav.getByRole('link', { name: link, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Tham số hệ thống' }).click();
  await expect(page.getByRole('heading', { name: 'Tham số hệ thống', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tên công ty' })).toBeVisible();
});

test('sends a user whose session the server refuses to the login page', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/login');
  await context.addCookies([{ name: 'sen_session', value: 'not-a-valid-token', url: baseURL! }]);
  await page.evaluate(() => localStorage.setItem('sen.signedIn', '1'));
  await page.goto('/settings/users');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào Sen CRM' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sen.signedIn'))).toBeNull();
});

test('keeps the session in an HttpOnly cookie no script can read, and signing out ends it on the server', async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await login(page);
  const cookie = (await context.cookies()).find((c) => c.name === 'sen_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // Nothing a script can reach holds the session: not document.cookie, not storage.
  const reachable = await page.evaluate(() => ({
    cookie: document.cookie,
    storage: JSON.stringify({ ...localStorage, ...sessionStorage }),
  }));
  expect(reachable.cookie).not.toContain(cookie!.value);
  expect(reachable.storage).not.toContain(cookie!.value);

  // The cookie carries the session: a page reload stays signed in, and the API answers with it.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  const stolen = await playwright.request.newContext({ baseURL });
  const asThief = () =>
    stolen.post('/graphql', {
      headers: { Authorization: `Bearer ${cookie!.value}` },
      data: { query: '{ me { email } }' },
    });
  expect(await (await asThief()).json()).toEqual({ data: { me: { email: 'admin@sen.local' } } });

  // Signing out ends that session on the server, not only in this browser.
  await logout(page);
  expect((await context.cookies()).find((c) => c.name === 'sen_session')).toBeUndefined();
  const refused = await (await asThief()).json();
  expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  await page.goto('/customers');
  await expect(page).toHaveURL(/\/login$/);
  await stolen.dispose();
});
