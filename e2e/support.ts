import { expect, type Page } from '@playwright/test';

/** The demo password of every seeded account in the e2e environment. */
export const PASSWORD = 'sen-demo-2026';
export const ADMIN = 'admin@sen.local';
export const MANAGER = 'manager@sen.local';

/** A value no earlier run of the same database has used. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export interface LoginLabels {
  email: string;
  password: string;
  submit: string;
}

const VI: LoginLabels = { email: 'Email', password: 'Mật khẩu', submit: 'Đăng nhập' };

export async function fillLogin(page: Page, email: string, password: string, labels: LoginLabels = VI) {
  await page.getByRole('textbox', { name: labels.email, exact: true }).fill(email);
  await page.getByRole('textbox', { name: labels.password, exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Logs in from a fresh page; the login page is Vietnamese unless this browser chose English. */
export async function login(page: Page, email = ADMIN, password = PASSWORD, labels: LoginLabels = VI) {
  await page.goto('/login');
  await fillLogin(page, email, password, labels);
  await expect(page.getByRole('navigation', { name: /Điều hướng chính|Main navigation/ })).toBeVisible();
}

/** The VI / EN switch (the radios themselves are visually hidden behind their labels). */
export async function switchLanguage(page: Page, language: 'VI' | 'EN') {
  await page
    .getByRole('radiogroup', { name: /Ngôn ngữ|Language/ })
    .getByText(language, { exact: true })
    .click();
}

export async function openUserMenu(page: Page) {
  await page.getByRole('button', { name: /^(Tài khoản|Account): / }).click();
}

export async function logout(page: Page, label = 'Đăng xuất') {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: label }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Calls the API as the user signed in on `page` (setup data a flow needs but does not test). */
export async function graphql<T = Record<string, any>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  // page.request shares the browser context's cookies: the session cookie goes along.
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = await response.json();
  if (body.errors) {
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  }
  return body.data as T;
}

/** The id of the user with this e-mail (admin session). */
export async function userId(page: Page, email: string): Promise<string> {
  const data = await graphql(
    page,
    'query($s: String) { users(filter: { search: $s }) { nodes { id email } } }',
    {
      s: email,
    },
  );
  return data.users.nodes.find((u: { email: string }) => u.email === email).id;
}

/** Creates a customer through the API; returns its id. */
export async function createCustomer(page: Page, input: Record<string, unknown>): Promise<string> {
  const data = await graphql(
    page,
    'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
    {
      i: input,
    },
  );
  return data.createCustomer.id;
}

/**
 * Step 1 of an import (IMP-01): choose the file, "Tải lên", and wait for the mapping step of that file.
 * A refused upload fails here with the screen's message rather than later on a missing mapping.
 */
export async function uploadImportFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Tải lên' }).click();
  const mapped = page.getByText(`Tệp ${file.name}`);
  const refused = page.getByRole('alert');
  // Parsing a file can take a few seconds on a busy machine: a longer wait than a click's.
  await expect(mapped.or(refused).first()).toBeVisible({ timeout: 30_000 });
  await expect(refused).toHaveCount(0);
  return page.getByRole('table', { name: 'Ghép cột' });
}
