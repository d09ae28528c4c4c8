import { expect, test } from '@playwright/test';
import { login, unique } from './support';

const tag = unique('cd').replace(/-/g, '');

test('adds, renames and deletes a category, and the customer form offers it', async ({ page }) => {
  const name = `Trên 1000 nhân sự ${tag}`;
  const renamed = `Trên 2000 nhân sự ${tag}`;
  await login(page);
  await page.getByRole('link', { name: 'Danh mục', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Danh mục', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Quy mô tổ chức' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Thêm mới' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm mới quy mô tổ chức' });
  await add.getByRole('textbox', { name: 'Tên' }).fill(name);
  await add.getByRole('button', { name: 'Lưu' }).click();
  const list = page.getByRole('table', { name: 'Danh sách Quy mô tổ chức' });
  await expect(list.getByRole('row', { name: new RegExp(name) })).toBeVisible();

  await page.goto('/customers/new');
  await page.getByRole('combobox', { name: 'Quy mô tổ chức' }).click();
  await expect(page.getByRole('option', { name })).toBeVisible();

  await page.goto('/settings/categories');
  await list.getByRole('button', { name: `Sửa ${name}` }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa quy mô tổ chức' });
  await edit.getByRole('textbox', { name: 'Tên' }).fill(renamed);
  await edit.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(list.getByRole('row', { name: new RegExp(renamed) })).toBeVisible();

  await list.getByRole('button', { name: `Xóa ${renamed}` }).click();
  await page.getByRole('dialog', { name: 'Xóa danh mục' }).getByRole('button', { name: 'Có' }).click();
  await expect(list.getByText(renamed)).toHaveCount(0);
});

test('a field made required in Thiết lập trùng lặp dữ liệu is marked * and refused when empty', async ({
  page,
}) => {
  await login(page);
  await page.getByRole('link', { name: 'Thiết lập trùng lặp dữ liệu', exact: true }).click();
  await page.getByRole('tab', { name: 'Liên hệ' }).click();
  const required = page.getByRole('checkbox', { name: 'Bắt buộc: Chức vụ' });
  await expect(required).not.toBeChecked();
  // E-mail and mobile are duplicate-checked for contacts by default (CON-05).
  await expect(page.getByRole('checkbox', { name: 'Kiểm tra trùng: Email' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Kiểm tra trùng: Di động' })).toBeChecked();
  await required.check();
  await page.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(page.getByText('Đã cập nhật thiết lập của Liên hệ.')).toBeVisible();

  try {
    await page.goto('/contacts/new');
    const title = page.getByRole('textbox', { name: 'Chức vụ' });
    await expect(title).toHaveAttribute('aria-required', 'true');
    await page.getByRole('textbox', { name: 'Người liên hệ' }).fill(`Bắt buộc ${tag}`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(title).toHaveAccessibleDescription('Trường này là bắt buộc.');
    await expect(page).toHaveURL(/\/contacts\/new$/);
  } finally {
    // Other flows create contacts without a title.
    await page.goto('/settings/duplicates');
    await page.getByRole('tab', { name: 'Liên hệ' }).click();
    await page.getByRole('checkbox', { name: 'Bắt buộc: Chức vụ' }).uncheck();
    await page.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(page.getByText('Đã cập nhật thiết lập của Liên hệ.')).toBeVisible();
  }
});
