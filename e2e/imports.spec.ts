import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { graphql, login, unique, uploadImportFile } from './support';

const tag = unique('imp').replace(/-/g, '');

async function sheetRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khách hàng');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('imports customers from .xlsx with a dry run, an error report and history, then exports the filtered list', async ({
  page,
}) => {
  await login(page);
  await graphql(page, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
    i: { name: `Có sẵn ${tag}`, email: `dup.${tag}@sen.vn` },
  });
  const file = await xlsx([
    ['Tên khách hàng', 'Email', 'Điện thoại', 'Ngày thành lập'],
    [`Công ty Một ${tag}`, `mot.${tag}@sen.vn`, '', '15/03/2020'],
    [`Công ty Hai ${tag}`, `hai.${tag}@sen.vn`, '', ''],
    [`Trùng ${tag}`, `dup.${tag}@sen.vn`, '', ''],
    [`Sai số ${tag}`, `sai.${tag}@sen.vn`, '12345', ''],
  ]);

  await page.goto('/customers');
  await page.getByRole('link', { name: 'Nhập khẩu' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập khẩu khách hàng' })).toBeVisible();
  const mapping = await uploadImportFile(page, {
    name: `nhap-${tag}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Tên khách hàng' })).toHaveValue(
    'Tên khách hàng *',
  );
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Điện thoại' })).toHaveValue(
    'Điện thoại',
  );
  await page.getByRole('radio', { name: 'Chỉ thêm mới (báo lỗi dòng trùng)' }).check();

  await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await expect(page.getByText('Kết quả kiểm tra (chưa ghi dữ liệu):')).toBeVisible();
  await expect(page.locator('[data-count=created]')).toHaveText('2');
  await expect(page.locator('[data-count=failed]')).toHaveText('2');
  const errors = page.getByRole('table', { name: 'Dòng lỗi' });
  await expect(
    errors.getByRole('row', { name: /^4 Email Email đã tồn tại trong khách hàng Có sẵn/ }),
  ).toBeVisible();
  await expect(errors.getByRole('row', { name: /^5 Điện thoại Số điện thoại không hợp lệ/ })).toBeVisible();

  await page.getByRole('button', { name: 'Nhập khẩu', exact: true }).click();
  await expect(page.getByText('Đã nhập khẩu xong:')).toBeVisible();
  await expect(page.locator('[data-count=created]')).toHaveText('2');
  await page.screenshot({ path: 'test-results/imp/import-done.png', fullPage: true });

  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp lỗi' }).click(),
  ]);
  const reportRows = await sheetRows(await report.path());
  expect(reportRows[0]).toEqual(['Dòng', 'Tên khách hàng', 'Email', 'Điện thoại', 'Ngày thành lập', 'Lý do']);
  expect(reportRows.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
    ['4', `Trùng ${tag}`, expect.stringContaining('Email: Email đã tồn tại trong khách hàng')],
    ['5', `Sai số ${tag}`, expect.stringContaining('Điện thoại: Số điện thoại không hợp lệ')],
  ]);

  await page.getByRole('link', { name: 'Lịch sử nhập khẩu' }).click();
  const history = page.getByRole('table', { name: 'Lịch sử nhập khẩu' });
  await expect(
    history.getByRole('row', {
      name: new RegExp(`nhap-${tag}\\.xlsx.*2 thêm mới · 0 cập nhật · 0 bỏ qua · 2 lỗi.*Hoàn thành`),
    }),
  ).toBeVisible();

  await page.goto('/customers');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(page.getByRole('table', { name: 'Danh sách khách hàng' }).getByRole('row')).toHaveCount(4);
  // The export takes the columns shown: hide "Nhãn", show "Địa chỉ văn phòng".
  await page.getByRole('button', { name: 'Cột hiển thị' }).click();
  await page.getByRole('checkbox', { name: 'Nhãn' }).uncheck();
  await page.getByRole('checkbox', { name: 'Địa chỉ văn phòng' }).check();
  // Shown on demand (the default columns fit a 1366 px laptop).
  await page.getByRole('checkbox', { name: 'Ngày tạo' }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Xuất khẩu' }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^khach-hang-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const rows = await sheetRows(await exported.path());
  expect(rows[0]).toEqual([
    'Mã khách hàng',
    'Tên khách hàng',
    'Mức độ',
    'Nhóm khách hàng',
    'Email',
    'Điện thoại',
    'Địa chỉ văn phòng',
    'Chủ sở hữu',
    'Ngày tạo',
  ]);
  expect(
    rows
      .slice(1)
      .map((r) => r[1])
      .sort(),
  ).toEqual([`Có sẵn ${tag}`, `Công ty Hai ${tag}`, `Công ty Một ${tag}`].sort());
  expect(rows.find((r) => r[1] === `Công ty Một ${tag}`)![4]).toBe(`mot.${tag}@sen.vn`);
});

test('imports an .ods saved by LibreOffice: its date cell and text date both land as dates', async ({
  page,
}) => {
  await login(page);
  await page.goto('/customers/import');
  await expect(
    page.getByText('Chọn tệp .xlsx, .xls, .ods hoặc .csv', { exact: false }).first(),
  ).toBeVisible();
  const mapping = await uploadImportFile(page, {
    name: 'khach-hang.ods',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    buffer: await readFile(path.join(__dirname, '../apps/api/src/test/fixtures/khach-hang.ods')),
  });
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Ngày thành lập' })).toHaveValue(
    'Ngày thành lập / sinh nhật',
  );
  // Update mode says what it leaves alone.
  await expect(page.getByRole('radio', { name: 'Cập nhật bản ghi trùng' })).toHaveAccessibleDescription(
    /Ô trống trong tệp giữ nguyên giá trị đang có; chủ sở hữu không đổi/,
  );
  await page.getByRole('radio', { name: 'Chỉ thêm mới (báo lỗi dòng trùng)' }).check();
  await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await expect(page.locator('[data-count=created]')).toHaveText('2');
  await expect(page.locator('[data-count=failed]')).toHaveText('1');
  await page.getByRole('button', { name: 'Nhập khẩu', exact: true }).click();
  await expect(page.getByText('Đã nhập khẩu xong:')).toBeVisible();
  await page.screenshot({ path: 'test-results/imp/import-ods-done.png', fullPage: true });
  const find = async (search: string) =>
    (
      await graphql(
        page,
        'query($s: String) { customers(first: 5, filter: { search: $s }) { nodes { name phone foundedOn } } }',
        { s: search },
      )
    ).customers.nodes;
  expect(await find('Sen Việt')).toContainEqual({
    name: 'Công ty Cổ phần Sen Việt',
    phone: '0912468135',
    foundedOn: '2020-03-15',
  });
  expect(await find('Hoa Đào')).toContainEqual({
    name: 'Công ty TNHH Hoa Đào',
    phone: '0988000002',
    foundedOn: '2019-01-31',
  });
});

test('the menu keeps the list an import page was opened from highlighted', async ({ page }) => {
  await login(page);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await page.goto('/contacts/import');
  await expect(nav.getByRole('link', { name: 'Liên hệ', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('link', { name: 'Lịch sử nhập khẩu' }).click();
  await expect(page).toHaveURL(/\/imports\/history$/);
  await expect(nav.getByRole('link', { name: 'Liên hệ', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);

  // A shared trash opened on one list's tab highlights that list.
  await page.goto('/sales/trash?tab=quotes');
  await expect(nav.getByRole('link', { name: 'Báo giá', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
