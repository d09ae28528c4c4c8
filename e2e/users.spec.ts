import { expect, test, type Page } from '@playwright/test';
import { fillLogin, login, PASSWORD, unique } from './support';

const name = `Phạm Thị E2E ${unique('u')}`;
const email = `${unique('e2e')}@sen.local`;

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

function usersTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách người dùng' });
}

test.describe.serial('user administration', () => {
  test('creates a user through the form, after field errors from the browser and the server', async ({
    page,
  }) => {
    await login(page);
    await page.getByRole('link', { name: 'Người dùng', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm mới người dùng' })).toBeVisible();

    const emailBox = page.getByRole('textbox', { name: 'Email', exact: true });
    await emailBox.fill('not-an-email');
    await page.getByRole('textbox', { name: 'Họ tên', exact: true }).fill(name);
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('short');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(emailBox).toHaveAccessibleDescription('Email không hợp lệ.');
    await expect(page.getByRole('textbox', { name: 'Mật khẩu', exact: true })).toHaveAccessibleDescription(
      'Mật khẩu phải có từ 8 đến 128 ký tự.',
    );

    // The server's duplicate check lands next to the field it is about.
    await emailBox.fill('manager@sen.local');
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(emailBox).toHaveAccessibleDescription('Email đã tồn tại trong người dùng Trần Thị Mai');

    await emailBox.fill(email);
    await pick(page, 'Phòng ban', 'Phòng Kinh doanh');
    await page.getByRole('textbox', { name: 'Ngày sinh', exact: true }).fill('15/08/1995');
    await page.getByRole('button', { name: 'Lưu' }).click();

    await expect(page).toHaveURL(/\/settings\/users$/);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(email);
    const row = usersTable(page).getByRole('row', { name: new RegExp(email) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(name);
    await expect(row).toContainText('Nhân viên');
    await expect(row).toContainText('Phòng Kinh doanh');
    await expect(row).toContainText('15/08/1995');
    await expect(row).toContainText('Đang hoạt động');
  });

  test('finds the CREATE entry of that user in Logs with the filters', async ({ page }) => {
    await login(page);
    await page.getByRole('link', { name: 'Logs', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();

    await pick(page, 'Hành động', 'Thêm mới');
    await pick(page, 'Phân hệ', 'Người dùng');
    const description = page.getByRole('textbox', { name: 'Mô tả', exact: true });
    await description.fill(email);
    await description.press('Enter');

    const table = page.getByRole('table', { name: 'Nhật ký truy cập hệ thống' });
    await expect(page.getByText('Tổng số: 1')).toBeVisible();
    const entry = table.getByRole('row', { name: new RegExp(email) });
    await expect(entry).toContainText('Thêm mới');
    await expect(entry).toContainText('Người dùng');
    await expect(entry).toContainText('Quản trị viên');
    await expect(entry.getByRole('cell').first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

    // A filter that matches nothing says so.
    await pick(page, 'Hành động', 'Xóa');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(table.getByText('Không có nhật ký nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();
    // …and offers to clear it, which brings the entry back.
    await table.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(table.getByRole('row', { name: new RegExp(email) }).first()).toBeVisible();
  });

  test('deactivates the user after "Có" (not after "Không") and the user can no longer log in', async ({
    page,
    browser,
  }) => {
    await login(page);
    await page.goto('/settings/users');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(email);
    await usersTable(page).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name: `Sửa người dùng: ${name}` })).toBeVisible();

    await page.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ngừng hoạt động' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Không' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByText('Đang hoạt động', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await dialog.getByRole('button', { name: 'Có' }).click();
    await expect(page.getByRole('button', { name: 'Kích hoạt lại' })).toBeVisible();
    await expect(page.getByRole('main').getByText('Ngừng hoạt động', { exact: true })).toBeVisible();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto('/login');
    await fillLogin(otherPage, email, PASSWORD);
    await expect(otherPage.getByRole('alert')).toContainText('Tài khoản đã bị ngừng hoạt động.');
    await other.close();

    // The edit is in the log with its changed field, before → after.
    await page.goto('/settings/logs');
    await pick(page, 'Hành động', 'Sửa');
    const description = page.getByRole('textbox', { name: 'Mô tả', exact: true });
    await description.fill(email);
    await description.press('Enter');
    const entry = page.getByRole('table', { name: 'Nhật ký truy cập hệ thống' }).getByRole('row').nth(1);
    await entry.getByRole('button', { name: /Xem thay đổi/ }).click();
    const changes = page.getByRole('table', { name: 'Thay đổi' });
    await expect(changes.getByRole('row', { name: /Hoạt động/ })).toContainText(/Có.*Không/);
  });

  test('reactivates the user from the list with the "Thao tác" menu', async ({ page }) => {
    await login(page);
    await page.goto('/settings/users');
    await expect(page.getByRole('button', { name: 'Thao tác' })).toBeDisabled();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(email);
    const row = usersTable(page).getByRole('row', { name: new RegExp(email) });
    await expect(row).toContainText('Ngừng hoạt động');
    await expect(page.getByText('Tổng số: 1')).toBeVisible();

    await row.getByRole('checkbox', { name: 'Chọn dòng' }).check();
    await page.getByRole('button', { name: 'Thao tác' }).click();
    await page.getByRole('menuitem', { name: 'Kích hoạt lại' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Có' }).click();
    await expect(row).toContainText('Đang hoạt động');
  });
});
