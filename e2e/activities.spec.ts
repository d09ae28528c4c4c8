import { expect, test, type Page } from '@playwright/test';
import { createCustomer, graphql, login, unique, userId } from './support';

const tag = unique('gd').replace(/-/g, '');
/** The inline customer's phone, this run's own (a retry, or another run on the same data, meets no duplicate). */
const phone = `097${String(Date.now()).slice(-7)}`;

function customersTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách khách hàng' });
}

async function pickCustomer(page: Page, name: string) {
  const picker = page.getByRole('combobox', { name: 'Khách hàng', exact: true });
  await picker.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

test.describe.serial('activities', () => {
  test('creates an activity for two customers plus one made inline; the new one is a customer at Tiếp cận', async ({
    page,
  }) => {
    await login(page);
    const first = `Công ty Thép Hòa Phát ${tag}`;
    const second = `Công ty Sữa Mộc Châu ${tag}`;
    const inline = `Công ty Nhựa Tiền Phong ${tag}`;
    await createCustomer(page, { name: first });
    await createCustomer(page, { name: second });

    await page.getByRole('link', { name: 'Giao dịch', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Giao dịch', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm mới giao dịch' })).toBeVisible();

    // The shared schema answers in the browser first.
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('textbox', { name: 'Tên giao dịch' })).toHaveAccessibleDescription(
      'Trường này là bắt buộc.',
    );
    await page.getByRole('textbox', { name: 'Tên giao dịch' }).fill(`Giới thiệu sản phẩm ${tag}`);
    await page.getByRole('combobox', { name: 'Loại giao dịch' }).click();
    await page.getByRole('option', { name: 'Gặp mặt' }).click();
    await page.getByRole('textbox', { name: 'Hạn hoàn thành', exact: true }).fill('20/12/2026');
    await page.getByRole('textbox', { name: 'Hạn hoàn thành – Giờ' }).fill('14:30');
    await pickCustomer(page, first);
    await pickCustomer(page, second);

    // "Thêm mới" in the customer picker: created with the activity (ACT-02).
    await page.getByRole('button', { name: 'Thêm mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm mới khách hàng' });
    await dialog.getByRole('textbox', { name: 'Tên khách hàng' }).fill(inline);
    await dialog.getByRole('textbox', { name: 'Điện thoại' }).fill(phone);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Khách hàng mới: ${inline}`)).toBeVisible();
    await page.getByRole('button', { name: 'Lưu' }).click();

    await expect(page).toHaveURL(/\/activities$/);
    const table = page.getByRole('table', { name: 'Danh sách giao dịch' });
    const row = table.getByRole('row', { name: new RegExp(`Giới thiệu sản phẩm ${tag}`) });
    await expect(row).toContainText(first);
    await expect(row).toContainText(second);
    await expect(row).toContainText(inline);
    await expect(row).toContainText('20/12/2026 14:30');

    // The inline customer exists in Khách hàng, and the activity moved it (and the others) to Tiếp cận.
    await page.getByRole('link', { name: 'Khách hàng', exact: true }).click();
    // The list's own search, once its screen has loaded (not the previous screen's).
    await expect(page.getByRole('heading', { name: 'Khách hàng', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
    // The three newest customers head the unfiltered list too: wait for the search itself, or the
    // link below is clicked in the rows the search's answer then replaces (and nothing opens).
    await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 3');
    for (const name of [first, second, inline]) {
      await expect(customersTable(page).getByRole('row', { name: new RegExp(name) })).toContainText(
        'Tiếp cận',
      );
    }
    await customersTable(page).getByRole('link', { name: inline }).click();
    await page.getByRole('tab', { name: 'Giao dịch' }).click();
    await expect(page.getByRole('link', { name: `Giới thiệu sản phẩm ${tag}` })).toBeVisible();
  });

  test('quick-adds an activity from a row of the customer list; a NEW customer shows Tiếp cận after it', async ({
    page,
  }) => {
    await login(page);
    const name = `Công ty Gạch Đồng Tâm ${tag}`;
    await createCustomer(page, { name });
    await page.goto('/customers');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(name);
    await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 1');
    const row = customersTable(page).getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Mới');

    await row.getByRole('button', { name: `Thêm giao dịch nhanh: ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Thêm giao dịch nhanh: ${name}` });
    await dialog.getByRole('textbox', { name: 'Tên giao dịch' }).fill(`Gọi điện chào hàng ${tag}`);
    await dialog.getByRole('combobox', { name: 'Loại giao dịch' }).click();
    await page.getByRole('option', { name: 'Gọi điện' }).click();
    await dialog.getByRole('textbox', { name: 'Mô tả' }).fill('Khách hẹn gọi lại tuần sau');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();

    // Still on the list; the row now shows the level the activity gave it.
    await expect(page).toHaveURL(/\/customers(\?.*)?$/);
    await expect(row).toContainText('Tiếp cận');
    await row.getByRole('link', { name }).click();
    await page.getByRole('tab', { name: 'Giao dịch' }).click();
    await expect(page.getByRole('link', { name: `Gọi điện chào hàng ${tag}` })).toBeVisible();
  });

  test('reassigns and comments; both show in the history, and the assignee has it in "my work"', async ({
    page,
  }) => {
    await login(page);
    const staffId = await userId(page, 'staff1@sen.local');
    const customerId = await createCustomer(page, { name: `Công ty Giao Việc ${tag}` });
    const made = await graphql(
      page,
      'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
      { i: { name: `Gửi báo giá ${tag}`, type: 'EMAIL', customerIds: [customerId] } },
    );
    await page.goto(`/activities/${made.createActivity.id}`);
    await expect(page.getByRole('heading', { name: `Gửi báo giá ${tag}`, level: 1 })).toBeVisible();

    // Comment first (the form stays as it is), then reassign through the form.
    await page.getByRole('tab', { name: /Bình luận/ }).click();
    await page.getByRole('textbox', { name: 'Viết bình luận…' }).fill('Khách cần báo giá trước thứ Sáu');
    await page.getByRole('button', { name: 'Gửi bình luận' }).click();
    await expect(
      page.getByRole('tabpanel', { name: /Bình luận/ }).getByText('Khách cần báo giá trước thứ Sáu'),
    ).toBeVisible();

    await page.getByRole('combobox', { name: 'Người thực hiện' }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Đức' }).click();
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đang thực hiện' }).click();
    await page.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(page).toHaveURL(/\/activities$/);

    await page.goto(`/activities/${made.createActivity.id}`);
    const history = page.getByRole('tabpanel', { name: 'Lịch sử cập nhật công việc' });
    await expect(history).toContainText('Giao việc');
    await expect(history).toContainText('Người thực hiện: Quản trị viên → Nguyễn Văn Đức');
    await expect(history).toContainText('Chuyển trạng thái');
    await expect(history).toContainText('Trạng thái: Kế hoạch → Đang thực hiện');
    await expect(history).toContainText('Bình luận: Khách cần báo giá trước thứ Sáu');
    await expect(history).toContainText('Thêm công việc');

    // The assignee sees it in "Công việc của tôi".
    expect(staffId).toBeTruthy();
    await page.context().clearCookies();
    await login(page, 'staff1@sen.local');
    await page.getByRole('link', { name: 'Giao dịch', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Công việc của tôi', selected: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Danh sách giao dịch' })).toContainText(
      `Gửi báo giá ${tag}`,
    );
  });
});
