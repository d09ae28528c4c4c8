import { expect, test, type Page } from '@playwright/test';
import { createCustomer, login, unique } from './support';

const tag = unique('lh').replace(/-/g, '');

function contactsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách liên hệ' });
}

test.describe.serial('contacts', () => {
  const customer = `Công ty cổ phần sản xuất nhựa ${tag}`;
  const contact = `Nguyễn Minh Trang ${tag}`;

  test('a contact added from the customer tab appears there and in the contacts list', async ({ page }) => {
    await login(page);
    const customerId = await createCustomer(page, { name: customer });

    await page.goto(`/customers/${customerId}`);
    await page.getByRole('tab', { name: /Liên hệ/ }).click();
    const tab = page.getByRole('table', { name: 'Liên hệ của khách hàng' });
    await expect(tab.getByText('Không có dữ liệu')).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();

    await expect(page.getByRole('heading', { name: 'Thêm mới liên hệ' })).toBeVisible();
    // The customer is preset (CON-02, "Cách 2").
    await expect(page.getByRole('combobox', { name: 'Khách hàng' })).toHaveValue(new RegExp(customer));
    await page.getByRole('textbox', { name: 'Người liên hệ' }).fill(contact);
    await page.getByRole('textbox', { name: 'Chức vụ' }).fill('Kế toán');
    await page.getByRole('textbox', { name: 'Số di động' }).fill(`09${String(Date.now()).slice(-8)}`);
    await page.getByRole('checkbox', { name: 'Liên hệ chính' }).check();
    await page.getByRole('button', { name: 'Lưu' }).click();

    await expect(page).toHaveURL(new RegExp(`/customers/${customerId}\\?tab=contacts$`));
    const row = tab.getByRole('row', { name: new RegExp(contact) });
    await expect(row).toContainText('Kế toán');
    await expect(row).toContainText('Có');
    await expect(page.getByRole('tab', { name: /Liên hệ/ })).toContainText('1');

    await page.getByRole('link', { name: 'Liên hệ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Liên hệ', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`nguyen minh trang ${tag}`);
    const listed = contactsTable(page).getByRole('row', { name: new RegExp(contact) });
    await expect(listed).toContainText(customer);
    await expect(listed).toContainText('Liên hệ chính');
  });

  test('adds a contact from the list by picking the customer, filters, edits it, then deletes it with Có', async ({
    page,
  }) => {
    const second = `Phạm Đức Anh ${tag}`;
    await login(page);
    await page.goto('/contacts');
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await page.getByRole('textbox', { name: 'Người liên hệ' }).fill(second);
    const picker = page.getByRole('combobox', { name: 'Khách hàng' });
    await picker.click();
    await picker.fill(`nhua ${tag}`);
    await page.getByRole('option', { name: new RegExp(customer) }).click();
    await page.getByRole('textbox', { name: 'Chức vụ' }).fill('Giám đốc');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page).toHaveURL(/\/contacts$/);

    // CON-04 filters: by title.
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    const panel = page.getByRole('form', { name: 'Bộ lọc liên hệ' });
    await panel.getByRole('textbox', { name: 'Chức vụ' }).fill('Giám đốc');
    await panel.getByRole('textbox', { name: 'Người liên hệ' }).fill(tag);
    await panel.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(contactsTable(page).getByRole('row', { name: new RegExp(second) })).toBeVisible();
    await expect(contactsTable(page).getByText(contact)).toHaveCount(0);

    await contactsTable(page).getByRole('link', { name: second }).click();
    await expect(page.getByRole('heading', { name: `Sửa liên hệ: ${second}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Chức vụ' }).fill('Phó giám đốc');
    await page.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`pham duc anh ${tag}`);
    const row = contactsTable(page).getByRole('row', { name: new RegExp(second) });
    await expect(row).toContainText('Phó giám đốc');

    await row.getByRole('link', { name: second }).click();
    await page.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa liên hệ' });
    await confirm.getByRole('button', { name: 'Không' }).click();
    await expect(page.getByRole('heading', { name: `Sửa liên hệ: ${second}` })).toBeVisible();
    await page.getByRole('button', { name: 'Xóa' }).click();
    await confirm.getByRole('button', { name: 'Có' }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`pham duc anh ${tag}`);
    await expect(
      contactsTable(page).getByText('Không có liên hệ nào khớp tìm kiếm hoặc bộ lọc'),
    ).toBeVisible();

    // It waits in the trash, on the contacts tab.
    await page.getByRole('link', { name: 'Thùng rác' }).click();
    await expect(page.getByRole('tab', { name: 'Liên hệ' })).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('table', { name: 'Liên hệ đã xóa' }).getByRole('row', { name: new RegExp(second) }),
    ).toBeVisible();
  });
});
