import { expect, test } from '@playwright/test';
import { fillLogin, login, logout, MANAGER, PASSWORD, switchLanguage } from './support';

const EN_LOGIN = { email: 'E-mail', password: 'Password', submit: 'Log in' };

test('switches the login page to English before login, with server errors in English', async ({ page }) => {
  await page.goto('/login');
  await switchLanguage(page, 'EN');
  await expect(page.getByRole('heading', { name: 'Log in to Sen CRM' })).toBeVisible();

  await fillLogin(page, MANAGER, 'not-the-password', EN_LOGIN);
  await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password.');

  await switchLanguage(page, 'VI');
  await expect(page.getByRole('heading', { name: 'Đăng nhập vào Sen CRM' })).toBeVisible();
});

test('remembers the language per user, across a reload, a new login and another browser', async ({
  page,
  browser,
}) => {
  await login(page, MANAGER);
  await expect(page.getByRole('link', { name: 'Khách hàng', exact: true })).toBeVisible();

  await switchLanguage(page, 'EN');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
  await expect(nav.getByText('Sales', { exact: true })).toBeVisible();

  await page.reload();
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();

  await logout(page, 'Log out');
  await expect(page.getByRole('heading', { name: 'Log in to Sen CRM' })).toBeVisible();
  await fillLogin(page, MANAGER, PASSWORD, EN_LOGIN);
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();

  // Another device starts in Vietnamese, then follows the user's saved choice.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await expect(otherPage.getByRole('heading', { name: 'Đăng nhập vào Sen CRM' })).toBeVisible();
  await fillLogin(otherPage, MANAGER, PASSWORD);
  await expect(otherPage.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
  await other.close();

  await switchLanguage(page, 'VI');
  await expect(page.getByRole('link', { name: 'Khách hàng', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Khách hàng', exact: true })).toBeVisible();
});
