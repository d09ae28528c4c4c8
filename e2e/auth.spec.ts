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

test('sends a user whose token the server refuses to the login page, without the token', async ({ page }) => {
  await page.goto('/login');
  await page.evaluate(() => localStorage.setItem('sen.token', 'not-a-valid-token'));
  await page.goto('/settings/users');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào Sen CRM' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sen.token'))).toBeNull();
});
