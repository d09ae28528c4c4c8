import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createCustomer, graphql, login, unique } from './support';

const tag = unique('xk').replace(/-/g, '');

/** "Xuất khẩu" → the format; the downloaded file's name and path. */
async function exportList(page: Page, format: 'Excel (.xlsx)' | 'CSV (.csv)') {
  await page.getByRole('button', { name: 'Xuất khẩu', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

test('Bán hàng → Báo giá: "Xuất khẩu" downloads the searched list as .xlsx, money as numbers', async ({
  page,
}) => {
  await login(page);
  const customerId = await createCustomer(page, { name: `Khách báo giá ${tag}` });
  const other = await createCustomer(page, { name: `Khách khác ${unique('xk')}` });
  const line = {
    productName: 'Gói triển khai',
    unit: 'Gói',
    quantity: '1',
    unitPrice: '10000000',
    vatRate: 'TEN',
  };
  const numbers: string[] = [];
  for (const [id, date] of [
    [customerId, '2026-11-02'],
    [customerId, '2026-11-03'],
    [other, '2026-11-04'],
  ]) {
    const data = await graphql(
      page,
      'mutation($i: CreateQuoteInput!) { createQuote(input: $i) { number } }',
      { i: { customerId: id, date, lines: [line] } },
    );
    numbers.push(data.createQuote.number);
  }

  await page.goto('/quotes');
  await page.getByPlaceholder('Số báo giá, khách hàng').fill(tag);
  const table = page.getByRole('table', { name: 'Danh sách báo giá' });
  await expect(table.getByRole('row', { name: new RegExp(numbers[0]) })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(numbers[2]) })).toHaveCount(0);

  const file = await exportList(page, 'Excel (.xlsx)');
  expect(file.name).toMatch(/^bao-gia-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file.path)) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 5)).toEqual([
    'Số báo giá',
    'Ngày báo giá',
    'Hiệu lực đến',
    'Mã khách hàng',
    'Khách hàng',
  ]);
  expect(sheet.actualRowCount).toBe(3);
  const col = (name: string) => header.indexOf(name) + 1;
  const rows = [2, 3].map((r) => sheet.getRow(r));
  // The list's order: newest quote date first.
  expect(rows.map((r) => r.getCell(col('Số báo giá')).value)).toEqual([numbers[1], numbers[0]]);
  expect(rows.map((r) => r.getCell(col('Khách hàng')).value)).toEqual([
    `Khách báo giá ${tag}`,
    `Khách báo giá ${tag}`,
  ]);
  expect(rows[0].getCell(col('Tổng tiền thanh toán')).value).toBe(11_000_000);
  expect(rows[0].getCell(col('Ngày báo giá')).value).toEqual(new Date(Date.UTC(2026, 10, 3)));

  // Sorted by number, smallest first: the file follows the list's order.
  await table.getByRole('button', { name: 'Số báo giá' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(numbers[0]);
  const csv = await exportList(page, 'CSV (.csv)');
  const lines = (await readFile(csv.path, 'utf8')).slice(1).trim().split('\r\n');
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([numbers[0], numbers[1]]);
});

test('Giao dịch: "Xuất khẩu" downloads the searched list of my work as .csv', async ({ page }) => {
  await login(page);
  const customerId = await createCustomer(page, { name: `Khách giao dịch ${tag}` });
  for (const name of [`Gọi điện ${tag}`, `Gặp mặt ${tag}`]) {
    await graphql(page, 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }', {
      i: { name, type: name.startsWith('Gọi') ? 'CALL' : 'MEETING', customerIds: [customerId] },
    });
  }
  await graphql(page, 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }', {
    i: { name: `Khác ${unique('xk')}`, type: 'TASK' },
  });

  await page.goto('/activities');
  await page.getByPlaceholder('Tên, mô tả…').fill(tag);
  const table = page.getByRole('table', { name: 'Danh sách giao dịch' });
  await expect(table.getByRole('row', { name: new RegExp(`Gọi điện ${tag}`) })).toBeVisible();
  await expect(table.getByRole('row', { name: /Khác xk/ })).toHaveCount(0);

  const file = await exportList(page, 'CSV (.csv)');
  expect(file.name).toMatch(/^giao-dich-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(file.path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines[0].split(',').slice(0, 3)).toEqual(['Tên giao dịch', 'Loại giao dịch', 'Trạng thái']);
  expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
    [`Gặp mặt ${tag}`, 'Gặp mặt'],
    [`Gọi điện ${tag}`, 'Gọi điện'],
  ]);
});

test('Cài đặt → Người dùng: "Xuất khẩu" downloads the searched users as .xlsx', async ({ page }) => {
  await login(page);
  const name = `Người dùng ${tag}`;
  const email = `${tag}@xk.sen.local`;
  await graphql(page, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { email, name, password: 'Xuat-khau-2026!', role: 'STAFF' },
  });

  await page.goto('/settings/users');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  const table = page.getByRole('table', { name: 'Danh sách người dùng' });
  await expect(table.getByRole('row', { name: new RegExp(email) })).toBeVisible();
  await expect(table.getByRole('row', { name: /staff1@sen.local/ })).toHaveCount(0);

  const file = await exportList(page, 'Excel (.xlsx)');
  expect(file.name).toMatch(/^nguoi-dung-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file.path)) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  expect(sheet.name).toBe('Người dùng');
  expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
    'Họ tên',
    'Email',
    'Vai trò',
    'Phòng ban',
  ]);
  expect(sheet.actualRowCount).toBe(2);
  expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual([name, email, 'Nhân viên']);
});

test('Cài đặt → Logs: "Xuất khẩu" downloads the filtered entries as .csv', async ({ page }) => {
  await login(page);
  const customer = `Khách nhật ký ${tag}`;
  await createCustomer(page, { name: customer });

  await page.goto('/settings/logs');
  const description = page.getByRole('textbox', { name: 'Mô tả', exact: true });
  await description.fill(customer);
  await description.press('Enter');
  const table = page.getByRole('table', { name: 'Nhật ký truy cập hệ thống' });
  await expect(page.getByText('Tổng số: 1')).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(customer) })).toBeVisible();

  const file = await exportList(page, 'CSV (.csv)');
  expect(file.name).toMatch(/^nhat-ky-he-thong-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(file.path, 'utf8')).slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Thời gian,Người dùng,Hành động,Phân hệ,Mô tả,Thay đổi');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},Quản trị viên,Thêm mới,Khách hàng,/);
  expect(lines[1]).toContain(customer);
});
