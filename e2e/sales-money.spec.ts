import { expect as baseExpect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { graphql, login, unique, uploadImportFile } from './support';

// A shared, loaded machine: the lazy screens and the PDF take their time.
const expect = baseExpect.configure({ timeout: 30_000 });

test('a signed contract with two instalments, its invoice issued and paid in part, the debt list (SAL-04..07)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, 'staff1@sen.local');
  const customerName = unique('Công ty TNHH Tiền Phong');
  const { createCustomer } = await graphql(
    page,
    'mutation($n: String!) { createCustomer(input: { name: $n }) { id } }',
    { n: customerName },
  );

  // Hợp đồng: one line of 100.000.000 at 10 %, two instalments, "Đã ký".
  await page.goto(`/contracts/new?customerId=${createCustomer.id}`);
  await expect(page.getByRole('heading', { name: 'Thêm hợp đồng', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Dòng 1: Tên hàng hóa, dịch vụ' }).fill('Triển khai hệ thống CRM');
  await page.getByRole('textbox', { name: 'Dòng 1: Đơn giá' }).pressSequentially('100000000');
  await page.getByRole('checkbox', { name: 'Đã ký', exact: true }).check();
  await page.getByRole('button', { name: 'Thêm đợt thanh toán' }).click();
  await page.getByRole('textbox', { name: 'Hạn đợt 1' }).fill('15/12/2026');
  await page.getByRole('textbox', { name: 'Số tiền đợt 1' }).pressSequentially('55000000');
  await page.getByRole('button', { name: 'Thêm đợt thanh toán' }).click();
  await page.getByRole('textbox', { name: 'Hạn đợt 2' }).fill('15/01/2027');
  await page.getByRole('textbox', { name: 'Số tiền đợt 2' }).pressSequentially('55000000');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(page.getByRole('heading', { name: /^Hợp đồng \S+$/, level: 1 })).toBeVisible();
  await expect(page.getByText('Đã ký', { exact: true }).first()).toBeVisible();
  const schedule = page.getByRole('table', { name: 'Tiến độ thanh toán' });
  await expect(schedule.getByRole('row')).toHaveCount(3);
  await expect(schedule).toContainText('15/12/2026');
  await expect(schedule).toContainText('55.000.000');

  // The invoice made from it: issued, then its lines are frozen and a receipt pays part of it.
  await page.getByRole('button', { name: 'Lập hóa đơn' }).click();
  await expect(page.getByRole('heading', { name: /^Hóa đơn \S+$/, level: 1 })).toBeVisible();
  const invoiceNumber = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Hóa đơn ', '');
  await page.getByRole('button', { name: 'Phát hành' }).click();
  await expect(page.getByText('Đã phát hành', { exact: true })).toBeVisible();
  await expect(page.getByTestId('invoice-outstanding')).toContainText('110.000.000');

  await page.getByRole('button', { name: 'Tạo phiếu thu' }).click();
  // The one receipt form, prefilled with the invoice and all it owes.
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Chứng từ 1' })).toHaveValue(new RegExp(invoiceNumber));
  const amount = dialog.getByRole('textbox', { name: 'Số tiền thu cho chứng từ 1' });
  await expect(amount).toHaveValue('110.000.000 ₫');
  // More than is owed: refused at the field, nothing written.
  await amount.fill('');
  await amount.pressSequentially('120000000');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog.getByText('Số tiền phân bổ vượt quá số còn phải thu của chứng từ.')).toBeVisible();
  await amount.fill('');
  await amount.pressSequentially('40000000');
  // The receipt's amount follows the allocation.
  await expect(dialog.getByRole('textbox', { name: 'Số tiền thu', exact: true })).toHaveValue('40.000.000 ₫');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Thanh toán một phần', { exact: true })).toBeVisible();
  await expect(page.getByTestId('invoice-outstanding')).toContainText('70.000.000');

  // The invoice downloads as PDF and Word.
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF', exact: true }).click();
  expect((await pdf).suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra Word' }).click();
  expect((await docx).suggestedFilename()).toBe(`${invoiceNumber}.docx`);

  // Công nợ: the customer owes the rest.
  await page.getByRole('link', { name: 'Công nợ', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Công nợ', level: 1 })).toBeVisible();
  // The list is paged, most owed first: the customer is found by its name.
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(customerName);
  const row = page.getByRole('row').filter({ hasText: customerName });
  await expect(row).toContainText('110.000.000');
  await expect(row).toContainText('40.000.000');
  await expect(row).toContainText('70.000.000');

  // The customer's Công nợ tab shows the rest; its Chứng từ bán hàng tab lists every document, newest first.
  await page.goto(`/customers/${createCustomer.id}`);
  await page.getByRole('tab', { name: 'Công nợ', exact: true }).click();
  const debt = page.getByRole('table', { name: 'Công nợ' });
  await expect(debt.getByRole('row').filter({ hasText: 'Phát sinh' })).toContainText('110.000.000');
  await expect(debt.getByRole('row').filter({ hasText: 'Đã thu' })).toContainText('40.000.000');
  await expect(debt.getByRole('row').filter({ hasText: 'Còn phải thu' })).toContainText('70.000.000');
  await page.getByRole('tab', { name: 'Chứng từ bán hàng', exact: true }).click();
  const documents = page.getByRole('table', { name: 'Chứng từ bán hàng' }).getByRole('row');
  await expect(documents).toHaveCount(4);
  await expect(documents.nth(1)).toContainText('Phiếu thu');
  await expect(documents.nth(1)).toContainText('40.000.000');
  await expect(documents.nth(2)).toContainText('Hóa đơn');
  await expect(documents.nth(3)).toContainText('Hợp đồng');
  // A receipt opens its own page.
  await documents.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^Phiếu thu PT\d+$/, level: 1 })).toBeVisible();

  // The customer became "Đã ký".
  const { customer } = await graphql(page, 'query($id: ID!) { customer(id: $id) { level } }', {
    id: createCustomer.id,
  });
  expect(customer.level).toBe('SIGNED');
});

test('an order made in the form is listed as Mới, and a receipt makes it Thanh toán một phần (SAL-05)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, 'staff1@sen.local');
  const customerName = unique('Công ty TNHH Nước sạch Hồng Hà');
  const { createCustomer } = await graphql(
    page,
    'mutation($n: String!) { createCustomer(input: { name: $n }) { id } }',
    { n: customerName },
  );

  await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Đơn hàng', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm mới', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thêm đơn hàng', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Khách hàng', exact: true }).fill(customerName.slice(0, 24));
  await page.getByRole('option', { name: new RegExp(customerName) }).click();
  await page.getByRole('textbox', { name: 'Ngày giao hàng' }).fill('20/12/2026');
  await page.getByRole('textbox', { name: 'Địa chỉ giao hàng' }).fill('25 Hàng Bài, Hoàn Kiếm, Hà Nội');
  await page.getByRole('textbox', { name: 'Dòng 1: Tên hàng hóa, dịch vụ' }).fill('Máy lọc nước RO');
  await page.getByRole('textbox', { name: 'Dòng 1: Số lượng' }).fill('2');
  await page.getByRole('textbox', { name: 'Dòng 1: Đơn giá' }).pressSequentially('5000000');
  await expect(page.getByRole('region', { name: 'Tổng tiền' }).getByTestId('totals-total')).toContainText(
    '11.000.000',
  );
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(page.getByRole('heading', { name: /^Đơn hàng DH\d+$/, level: 1 })).toBeVisible();
  const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Đơn hàng ', '');
  await expect(page.getByText('Mới', { exact: true })).toBeVisible();
  await expect(page.getByText('Chưa thanh toán', { exact: true })).toBeVisible();
  await expect(page.getByText('25 Hàng Bài, Hoàn Kiếm, Hà Nội')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tổng tiền' }).getByTestId('totals-total')).toContainText(
    '11.000.000',
  );
  const orderId = page.url().split('/').pop()!;

  // A receipt of 4.000.000 on it (setup through the API: receipts are made from invoices on screen).
  await graphql(page, 'mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }', {
    i: {
      customerId: createCustomer.id,
      date: '2026-12-06',
      amount: '4000000',
      method: 'CASH',
      allocations: [{ orderId, amount: '4000000' }],
    },
  });
  await page.getByRole('link', { name: 'Đơn hàng', exact: true }).click();
  // The list's own search, once its screen has loaded (not the previous screen's).
  await expect(page.getByRole('heading', { name: 'Đơn hàng', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(number);
  const row = page.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText('Thanh toán một phần');
  await expect(row).toContainText('11.000.000');
  await expect(row).toContainText('7.000.000');

  // An unpaid order goes to the trash from its screen and is listed under Thùng rác → Đơn hàng.
  const { createOrder } = await graphql(
    page,
    'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id number } }',
    {
      i: {
        customerId: createCustomer.id,
        date: '2026-12-06',
        lines: [{ productName: 'Lõi lọc thay thế', quantity: '1', unitPrice: '300000', vatRate: 'TEN' }],
      },
    },
  );
  await page.goto(`/orders/${createOrder.id}`);
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Có' }).click();
  await expect(page.getByText(`Đã xóa đơn hàng ${createOrder.number} (vào thùng rác).`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Đơn hàng', level: 1 })).toBeVisible();
  await page.goto('/sales/trash?tab=orders');
  const trash = page.getByRole('table', { name: 'Đơn hàng' });
  await expect(trash.getByRole('row', { name: new RegExp(createOrder.number) })).toBeVisible();
});

test('a contract file is imported with one bad row reported (IMP-01 contracts)', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, 'staff1@sen.local');
  const tag = unique('HDNK')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  const { createCustomer } = await graphql(
    page,
    'mutation($n: String!) { createCustomer(input: { name: $n }) { id code } }',
    { n: unique('Công ty TNHH Nhập Hợp Đồng') },
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hợp đồng');
  [
    ['Số hợp đồng', 'Mã khách hàng', 'Ngày ký', 'Hiệu lực đến', 'Giá trị hợp đồng'],
    [`${tag}-01`, createCustomer.code, '01/12/2026', '30/11/2027', 120000000],
    [`${tag}-02`, createCustomer.code, '', '', 50000000],
    [`${tag}-03`, createCustomer.code, '05/12/2026', '', 80000000],
  ].forEach((r) => ws.addRow(r));
  const file = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByRole('link', { name: 'Hợp đồng', exact: true }).click();
  // The contracts screen is there (the customers screen it replaces has a Nhập khẩu link too).
  await expect(page.getByRole('heading', { name: 'Hợp đồng', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Nhập khẩu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nhập khẩu hợp đồng' })).toBeVisible();
  const mapping = await uploadImportFile(page, {
    name: `hop-dong-${tag}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Số hợp đồng' })).toHaveValue(
    'Số hợp đồng *',
  );
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Ngày ký' })).toHaveValue('Ngày ký *');

  await page.getByRole('button', { name: 'Nhập khẩu', exact: true }).click();
  await expect(page.getByText('Đã nhập khẩu xong:')).toBeVisible();
  await expect(page.locator('[data-count=created]')).toHaveText('2');
  await expect(page.locator('[data-count=failed]')).toHaveText('1');
  const errors = page.getByRole('table', { name: 'Dòng lỗi' });
  await expect(errors.getByRole('row', { name: /^3 Ngày ký/ })).toBeVisible();

  await page.goto('/contracts');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(page.getByRole('link', { name: `${tag}-01`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${tag}-03`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `${tag}-02`, exact: true })).toHaveCount(0);
});
