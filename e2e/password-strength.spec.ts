import { expect, test } from '@playwright/test';
import { login, openUserMenu, PASSWORD } from './support';

test('shows the strength of a new password as it is typed, and refuses a weak one', async ({ page }) => {
  await login(page, 'staff1@sen.local');
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
  const current = page.getByRole('textbox', { name: 'Mật khẩu hiện tại', exact: true });
  const next = page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true });
  const meter = page.getByRole('progressbar', { name: /Độ mạnh mật khẩu/ });
  await expect(meter).toHaveCount(0);

  await current.fill(PASSWORD);
  await next.fill('12345678');
  await expect(page.getByText('Độ mạnh mật khẩu: Rất yếu')).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuenow', '20');
  await expect(page.getByText('Chưa đủ mạnh')).toBeVisible();

  await next.pressSequentially(' ba con mèo trèo cây cau');
  await expect(page.getByText('Độ mạnh mật khẩu: Rất mạnh')).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByText('Chưa đủ mạnh')).toHaveCount(0);

  // A common password is refused next to the field, before anything is sent.
  await next.fill('password');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(next).toHaveAccessibleDescription(/Mật khẩu quá dễ đoán/);
  // Eight zero-width spaces: invisible-only.
  await next.fill('\u200b'.repeat(8));
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(next).toHaveAccessibleDescription(
    'Mật khẩu không được chỉ gồm khoảng trắng hoặc ký tự vô hình.',
  );
});
