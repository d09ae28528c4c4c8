import { expect, test } from '@playwright/test';
import { fillLogin, graphql, login, logout, openUserMenu, PASSWORD, unique } from './support';

const ME = '{ me { email } }';

test('creates an API token shown once, which the API accepts until it is revoked', async ({
  page,
  request,
}) => {
  await login(page);
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Mã truy cập API' }).click();
  await expect(page.getByRole('heading', { name: 'Mã truy cập API', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Thêm mới', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm mới mã truy cập API' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Tên mã truy cập' })).toHaveAccessibleDescription(
    'Trường này là bắt buộc.',
  );
  await dialog.getByRole('textbox', { name: 'Tên mã truy cập' }).fill('Tích hợp kế toán');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByText('chỉ hiển thị một lần')).toBeVisible();
  const token = (await page.getByTestId('created-token').textContent())?.trim() ?? '';
  expect(token.length).toBeGreaterThan(20);

  const asIntegrator = () =>
    request.post('/graphql', { headers: { Authorization: `Bearer ${token}` }, data: { query: ME } });
  expect(await (await asIntegrator()).json()).toEqual({ data: { me: { email: 'admin@sen.local' } } });

  // Shown once: after a reload only its name is left.
  await page.reload();
  const row = page
    .getByRole('table', { name: 'Mã truy cập API' })
    .getByRole('row', { name: /Tích hợp kế toán/ });
  await expect(row).toContainText('Đang dùng');
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole('button', { name: 'Thu hồi Tích hợp kế toán' }).click();
  await page
    .getByRole('dialog', { name: 'Thu hồi mã truy cập API' })
    .getByRole('button', { name: 'Có' })
    .click();
  await expect(row).toContainText('Đã thu hồi');

  const refused = await (await asIntegrator()).json();
  expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('changes the password only with the right current password', async ({ page }) => {
  // An account of its own: the demo users keep their password for the other flows.
  const account = `${unique('doi-mat-khau')}@sen.local`;
  const newPassword = 'mat-khau-moi-2026';
  await login(page);
  await graphql(page, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { name: 'Nhân viên đổi mật khẩu', email: account, password: PASSWORD, role: 'STAFF' },
  });
  await logout(page);
  await login(page, account);
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();

  const current = page.getByRole('textbox', { name: 'Mật khẩu hiện tại', exact: true });
  await current.fill('not-my-password');
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(current).toHaveAccessibleDescription('Mật khẩu hiện tại không đúng.');

  await current.fill(PASSWORD);
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible();

  await logout(page);
  await fillLogin(page, account, PASSWORD);
  await expect(page.getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng.');
  await fillLogin(page, account, newPassword);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
});
