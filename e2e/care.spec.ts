import { expect, test, type Page } from '@playwright/test';
import { createCustomer, graphql, login, logout, unique } from './support';

const STAFF1 = 'staff1@sen.local';
const STAFF2 = 'staff2@sen.local';

/** A care card through the API (setup, not the flow under test). */
async function cardOf(page: Page, input: Record<string, unknown>): Promise<{ id: string; code: string }> {
  const data = await graphql(
    page,
    'mutation($i: CreateCareCardInput!) { createCareCard(input: $i) { id code } }',
    {
      i: input,
    },
  );
  return data.createCareCard;
}

/** An order of the customer: a quote with one line, converted (setup). */
async function orderOf(page: Page, customerId: string): Promise<{ id: string; number: string }> {
  const q = await graphql(page, 'mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }', {
    i: {
      customerId,
      date: '2026-12-01',
      lines: [
        { productName: 'Gói bảo trì năm', unit: 'Gói', quantity: '1', unitPrice: '5000000', vatRate: 'TEN' },
      ],
    },
  });
  const o = await graphql(
    page,
    'mutation($id: ID!) { convertQuote(id: $id, to: ORDER) { ... on Order { id number } } }',
    { id: q.createQuote.id },
  );
  return o.convertQuote;
}

const row = (page: Page, text: string) =>
  page.getByRole('table', { name: 'Danh sách thẻ chăm sóc' }).getByRole('row').filter({ hasText: text });

test('a care card is created from the form and cloned (CARE-01)', async ({ page }) => {
  await login(page, STAFF1);
  const name = unique('Công ty Chăm Sóc');
  await createCustomer(page, { name });
  await page.getByRole('link', { name: 'Thẻ chăm sóc', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thẻ chăm sóc', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm mới', exact: true }).click();
  const customer = page.getByRole('combobox', { name: 'Khách hàng' });
  await customer.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  const orderNumber = unique('DH').toUpperCase();
  await page.getByRole('textbox', { name: 'Số đơn hàng' }).fill(orderNumber);
  await page.getByRole('combobox', { name: 'Kênh chăm sóc' }).click();
  await page.getByRole('option', { name: 'Zalo', exact: true }).click();
  await page.getByRole('combobox', { name: 'Mức độ hài lòng' }).click();
  await page.getByRole('option', { name: 'Rất hài lòng', exact: true }).click();
  await page.getByRole('textbox', { name: 'Kết quả chăm sóc' }).fill('Khách hài lòng với dịch vụ');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/^Đã thêm thẻ chăm sóc TCS\d+\.$/)).toBeVisible();

  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(orderNumber);
  await expect(row(page, orderNumber)).toHaveCount(1);
  await expect(row(page, orderNumber)).toContainText('Zalo');
  await row(page, orderNumber).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Nhân bản' }).click();
  await expect(page.getByText(/^Đã nhân bản thành thẻ TCS\d+\.$/)).toBeVisible();
  await expect(row(page, orderNumber)).toHaveCount(2);

  // The side panel: the customer's other cards.
  await row(page, orderNumber).first().getByRole('button', { name }).click();
  const panel = page.getByRole('complementary', { name: 'Thông tin khách hàng' });
  await panel.getByRole('tab', { name: 'Lịch sử' }).click();
  await expect(panel.getByRole('link', { name: /^TCS\d+$/ })).toHaveCount(2);
});

test('a care card is generated from an order’s screen (CARE-03)', async ({ page }) => {
  await login(page, STAFF1);
  const customerId = await createCustomer(page, { name: unique('Công ty Đơn Hàng') });
  const order = await orderOf(page, customerId);
  await page.goto(`/orders/${order.id}`);
  await page.getByRole('link', { name: 'Sinh thẻ chăm sóc' }).click();
  await expect(page.getByRole('heading', { name: /^Thẻ chăm sóc TCS\d+$/, level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Số đơn hàng' })).toHaveValue(order.number);
});

test('quick statistics for December show a bar per channel; a bar opens the filtered list (CARE-04)', async ({
  page,
}) => {
  await login(page, STAFF1);
  const customerId = await createCustomer(page, { name: unique('Công ty Thống Kê') });
  const tag = unique('tk');
  for (const channel of ['Điện thoại', 'Điện thoại', 'Email']) {
    await cardOf(page, { customerId, orderNumber: 'DH-TK', careDate: '2026-12-15', channel, tags: [tag] });
  }
  await page.goto('/care-cards');
  await page.getByRole('link', { name: 'Thống kê nhanh' }).click();
  await page.getByRole('textbox', { name: 'Ngày chăm sóc từ' }).fill('01/12/2026');
  await page.getByRole('textbox', { name: 'Ngày chăm sóc đến' }).fill('31/12/2026');
  await page.getByRole('button', { name: 'Lấy dữ liệu' }).click();
  const chart = page.getByRole('figure', { name: 'Kênh chăm sóc' });
  for (const channel of ['Điện thoại', 'Zalo', 'Email', 'Gặp trực tiếp', 'SMS']) {
    await expect(
      chart.getByRole('button', { name: new RegExp(`^Kênh chăm sóc: ${channel} \\(\\d+\\)$`) }),
    ).toBeVisible();
  }
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const phone = chart.getByRole('button', { name: /^Kênh chăm sóc: Điện thoại \(\d+\)$/ });
  const count = Number(/\((\d+)\)$/.exec((await phone.getAttribute('aria-label')) ?? '')![1]);
  expect(count).toBeGreaterThanOrEqual(2);
  await phone.click();
  await expect(page).toHaveURL(/\/care-cards\?.*channel=/);
  await expect(page.getByTestId('total-count')).toHaveText(`Tổng số: ${count}`);
  const table = page.getByRole('table', { name: 'Danh sách thẻ chăm sóc' });
  await expect(table.getByRole('row').filter({ hasText: 'Email' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: tag })).toHaveCount(2);
});

test('a card handed over to another user is seen by the new owner (CARE-06)', async ({ page }) => {
  await login(page, STAFF1);
  const customerId = await createCustomer(page, { name: unique('Công ty Bàn Giao') });
  const orderNumber = unique('DH-BG').toUpperCase();
  const card = await cardOf(page, { customerId, orderNumber });
  await page.goto('/care-cards');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(orderNumber);
  await row(page, card.code).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Bàn giao công việc' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bàn giao công việc' });
  await dialog.getByRole('combobox', { name: 'Bàn giao cho' }).click();
  await page.getByRole('option', { name: 'Lê Hoàng Anh', exact: true }).click();
  await dialog.getByRole('button', { name: 'Thực hiện' }).click();
  await expect(page.getByText('Đã bàn giao 1 thẻ chăm sóc.')).toBeVisible();
  await expect(row(page, card.code)).toHaveCount(0);

  await logout(page);
  await login(page, STAFF2);
  await page.goto('/care-cards');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(orderNumber);
  await expect(row(page, card.code)).toHaveCount(1);
});
