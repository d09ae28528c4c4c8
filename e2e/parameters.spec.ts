import { expect, test } from '@playwright/test';
import { graphql, login, logout } from './support';

test('an admin updates the system parameters; the SMTP password is never shown back (PAR-01..04)', async ({
  page,
}) => {
  await login(page);
  await page.getByRole('link', { name: 'Tham số hệ thống', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tham số hệ thống', level: 1 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Tên công ty' }).fill('Công ty TNHH Sen Việt');
  await page.getByRole('textbox', { name: 'Email gửi đi' }).fill('cskh@senviet.vn');
  await page.getByRole('textbox', { name: 'Số ngày nhắc sinh nhật liên hệ' }).fill('10');
  await page.getByRole('textbox', { name: 'Máy chủ SMTP' }).fill('smtp.senviet.vn');
  await page.getByRole('textbox', { name: 'Cổng' }).fill('587');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('bi-mat-smtp');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByText('Đã cập nhật tham số hệ thống.')).toBeVisible();

  // A bad value is refused next to its field and nothing is saved.
  await page.getByRole('textbox', { name: 'Email gửi đi' }).fill('khong-phai-email');
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByRole('textbox', { name: 'Email gửi đi' })).toHaveAccessibleDescription(
    'Email không hợp lệ.',
  );

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tên công ty' })).toHaveValue('Công ty TNHH Sen Việt');
  await expect(page.getByRole('textbox', { name: 'Email gửi đi' })).toHaveValue('cskh@senviet.vn');
  await expect(page.getByRole('textbox', { name: 'Số ngày nhắc sinh nhật liên hệ' })).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: 'Mật khẩu' })).toHaveValue('');
  await expect(page.getByText('Đã lưu mật khẩu; để trống nếu không đổi.')).toBeVisible();
  const params = await graphql(
    page,
    '{ systemParameters { smtpHost smtpPasswordSet contactBirthdayReminderDays } }',
  );
  expect(params.systemParameters).toEqual({
    smtpHost: 'smtp.senviet.vn',
    smtpPasswordSet: true,
    contactBirthdayReminderDays: 10,
  });

  // Not for staff: the menu hides it and the route refuses it.
  await logout(page);
  await login(page, 'staff1@sen.local');
  await expect(page.getByRole('link', { name: 'Tham số hệ thống', exact: true })).toHaveCount(0);
  await page.goto('/settings/parameters');
  await expect(page.getByRole('textbox', { name: 'Tên công ty' })).toHaveCount(0);
});
