import { expect as baseExpect, test } from '@playwright/test';
import { graphql, login, unique } from './support';

// A shared, loaded machine: the lazy screens take their time.
const expect = baseExpect.configure({ timeout: 30_000 });

const LINE = { productName: 'Máy lọc nước RO', quantity: '1', unitPrice: '10000000', vatRate: 'TEN' };

async function createCustomer(page: Parameters<typeof graphql>[0], name: string): Promise<string> {
  const { createCustomer } = await graphql(
    page,
    'mutation($n: String!) { createCustomer(input: { name: $n }) { id } }',
    { n: name },
  );
  return createCustomer.id;
}

test('the orders list pages through the server: 23 orders of a customer are 20 on page 1 and 3 on page 2 (X-03)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, 'staff1@sen.local');
  const name = unique('Công ty TNHH Phân Trang');
  const customerId = await createCustomer(page, name);
  const numbers: string[] = [];
  for (let i = 0; i < 23; i++) {
    const { createOrder } = await graphql(
      page,
      'mutation($i: CreateOrderInput!) { createOrder(input: $i) { number } }',
      { i: { customerId, date: `2026-11-${String(i + 1).padStart(2, '0')}`, lines: [LINE] } },
    );
    numbers.push(createOrder.number);
  }

  await page.goto('/orders');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(name);
  const table = page.getByRole('table', { name: 'Đơn hàng' });
  await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 23');
  await expect(table.getByRole('row')).toHaveCount(21);
  // Newest order date first.
  await expect(table.getByRole('row').nth(1)).toContainText(numbers[22]);
  await expect(page.getByText('1–20 / 23')).toBeVisible();

  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('21–23 / 23')).toBeVisible();
  await expect(table.getByRole('row').nth(3)).toContainText(numbers[0]);
  await expect(page.getByRole('button', { name: 'Trang sau' })).toBeDisabled();

  // A new sort starts again from page 1: by order number, smallest first.
  await table.getByRole('button', { name: 'Số đơn hàng' }).click();
  await expect(page.getByText('1–20 / 23')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText(numbers[0]);

  // A filter too: the status panel narrows to nothing (every order is new), and says so.
  await page.getByRole('button', { name: 'Bộ lọc' }).click();
  await page.getByRole('combobox', { name: 'Trạng thái' }).click({ force: true });
  await page.getByRole('option', { name: 'Đã giao' }).click();
  await expect(page.getByText('Không có đơn hàng nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();
});

test('a receipt made on the Phiếu thu screen pays an invoice, lowers the debt, and is listed (SAL-07)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, 'staff1@sen.local');
  const name = unique('Công ty CP Thu Tiền Bến Thành');
  const customerId = await createCustomer(page, name);
  const { createInvoice } = await graphql(
    page,
    'mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number version } }',
    { i: { customerId, date: '2026-11-20', dueDate: '2026-12-20', lines: [LINE] } },
  );
  await graphql(page, 'mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }', {
    id: createInvoice.id,
    v: createInvoice.version,
  });

  await page.getByRole('link', { name: 'Phiếu thu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Phiếu thu', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm mới', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tạo phiếu thu', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Khách hàng', exact: true }).fill(name.slice(0, 24));
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: 'Thêm chứng từ' }).click();
  await expect(page.getByRole('combobox', { name: 'Chứng từ 1' })).toHaveValue(
    new RegExp(createInvoice.number),
  );
  const allocation = page.getByRole('textbox', { name: 'Số tiền thu cho chứng từ 1' });
  await expect(allocation).toHaveValue('11.000.000 ₫');
  // The receipt's amount follows what is allocated.
  await expect(page.getByRole('textbox', { name: 'Số tiền thu', exact: true })).toHaveValue('11.000.000 ₫');

  // More than the invoice owes: refused at the field, nothing written.
  await allocation.fill('');
  await allocation.pressSequentially('12000000');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Số tiền phân bổ vượt quá số còn phải thu của chứng từ.')).toBeVisible();
  await allocation.fill('');
  await allocation.pressSequentially('4000000');
  await expect(page.getByRole('textbox', { name: 'Số tiền thu', exact: true })).toHaveValue('4.000.000 ₫');
  await page.getByRole('combobox', { name: 'Hình thức thanh toán' }).click();
  await page.getByRole('option', { name: 'Tiền mặt', exact: true }).click();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  // The list shows it, with the invoice it paid.
  await expect(page.getByRole('heading', { name: 'Phiếu thu', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Đã thêm phiếu thu PT\d+\.$/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(name);
  const receipts = page.getByRole('table', { name: 'Phiếu thu' });
  await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 1');
  const row = receipts.getByRole('row').nth(1);
  await expect(row).toContainText(name);
  await expect(row).toContainText('4.000.000');
  await expect(row).toContainText('Tiền mặt');
  await expect(row.getByRole('link', { name: `Hóa đơn ${createInvoice.number}` })).toBeVisible();

  // Công nợ: 11.000.000 invoiced, 4.000.000 received, 7.000.000 still owed.
  await page.getByRole('link', { name: 'Công nợ', exact: true }).click();
  // The debts screen first: until its code has loaded, the receipts list (and its search) stays.
  await expect(page.getByRole('heading', { name: 'Công nợ', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(name);
  const debts = page.getByRole('table', { name: 'Công nợ' });
  await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 1');
  const debt = debts.getByRole('row').nth(1);
  await expect(debt).toContainText('11.000.000');
  await expect(debt).toContainText('4.000.000');
  await expect(debt).toContainText('7.000.000');
  const { customerDebt } = await graphql(
    page,
    'query($c: ID!) { customerDebt(customerId: $c) { outstanding } }',
    {
      c: customerId,
    },
  );
  expect(customerDebt.outstanding).toBe('7000000');
});

test('a receipt opens from the list, is edited (an over-allocation refused at the field), goes to the trash and comes back (SAL-07)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await login(page, 'staff1@sen.local');
  const name = unique('Công ty TNHH Thu Tiền');
  const customerId = await createCustomer(page, name);
  const { createInvoice } = await graphql(
    page,
    'mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number version } }',
    { i: { customerId, date: '2026-11-20', dueDate: '2026-12-20', lines: [LINE] } },
  );
  await graphql(page, 'mutation($id: ID!, $v: Int!) { issueInvoice(id: $id, version: $v) { id } }', {
    id: createInvoice.id,
    v: createInvoice.version,
  });
  const { createReceipt } = await graphql(
    page,
    'mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id number } }',
    {
      i: {
        customerId,
        date: '2026-11-25',
        amount: '4000000',
        method: 'CASH',
        allocations: [{ invoiceId: createInvoice.id, amount: '4000000' }],
      },
    },
  );
  const invoiceState = async () =>
    (
      await graphql(page, 'query($id: ID!) { invoice(id: $id) { status received outstanding } }', {
        id: createInvoice.id,
      })
    ).invoice;

  // The list's number opens the receipt: what it paid, as links, and its history.
  await page.goto('/receipts');
  await expect(page.getByRole('heading', { name: 'Phiếu thu', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(name);
  await page
    .getByRole('table', { name: 'Phiếu thu' })
    .getByRole('link', { name: createReceipt.number })
    .click();
  await expect(
    page.getByRole('heading', { name: `Phiếu thu ${createReceipt.number}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId('receipt-amount')).toHaveText('4.000.000 ₫');
  await expect(page.getByText('Tiền mặt', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `Hóa đơn ${createInvoice.number}` })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByTestId('receipt-history')).toContainText(`Thêm phiếu thu ${createReceipt.number}`);

  // Edit in the same form: the invoice may take what it owes plus what this receipt paid it.
  await page.getByRole('link', { name: 'Sửa', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: `Sửa phiếu thu ${createReceipt.number}`, level: 1 }),
  ).toBeVisible();
  const allocation = page.getByRole('textbox', { name: 'Số tiền thu cho chứng từ 1' });
  await expect(allocation).toHaveValue('4.000.000 ₫');
  await expect(page.getByText('Còn phải thu: 11.000.000 ₫')).toBeVisible();
  await allocation.fill('');
  await allocation.pressSequentially('11000001');
  await page.getByRole('button', { name: 'Cập nhật', exact: true }).click();
  await expect(page.getByText('Số tiền phân bổ vượt quá số còn phải thu của chứng từ.')).toBeVisible();
  expect(await invoiceState()).toEqual({ status: 'PARTIAL', received: '4000000', outstanding: '7000000' });
  await allocation.fill('');
  await allocation.pressSequentially('11000000');
  await expect(page.getByRole('textbox', { name: 'Số tiền thu', exact: true })).toHaveValue('11.000.000 ₫');
  await page.getByRole('textbox', { name: 'Ghi chú' }).fill('Thu đủ hóa đơn');
  await page.getByRole('button', { name: 'Cập nhật', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: `Phiếu thu ${createReceipt.number}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId('receipt-amount')).toHaveText('11.000.000 ₫');
  await expect(page.getByText('Thu đủ hóa đơn')).toBeVisible();
  await expect(page.getByTestId('receipt-history')).toContainText(
    `Cập nhật phiếu thu ${createReceipt.number}`,
  );
  expect(await invoiceState()).toEqual({ status: 'PAID', received: '11000000', outstanding: '0' });

  // To the trash: what it paid is owed again.
  await page.getByRole('button', { name: 'Xóa phiếu thu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Có' }).click();
  await expect(page.getByRole('heading', { name: 'Phiếu thu', level: 1 })).toBeVisible();
  expect(await invoiceState()).toEqual({ status: 'ISSUED', received: '0', outstanding: '11000000' });

  // Thùng rác → Phiếu thu lists it; a restore pays the invoice again.
  await page.goto('/sales/trash?tab=receipts');
  const trash = page.getByRole('table', { name: 'Phiếu thu' });
  // No other flow deletes receipts: this one is on the first page.
  const row = trash.getByRole('row', { name: new RegExp(createReceipt.number) });
  await expect(row).toContainText('11.000.000');
  await expect(row).toContainText(name);
  await row.getByRole('checkbox', { name: 'Chọn dòng' }).check();
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Khôi phục' }).click();
  await expect(page.getByText('Đã khôi phục 1 bản ghi.')).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await invoiceState()).toEqual({ status: 'PAID', received: '11000000', outstanding: '0' });
});

test('a receipt pays an order and a contract instalment chosen in the form, and opens from the customer’s sales tab (SAL-07, CUS-10)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, 'staff1@sen.local');
  const name = unique('Công ty TNHH Thu Đơn Hàng');
  const customerId = await createCustomer(page, name);
  const { createOrder } = await graphql(
    page,
    'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id number } }',
    { i: { customerId, date: '2026-11-20', lines: [LINE] } },
  );
  const { createContract } = await graphql(
    page,
    'mutation($i: CreateContractInput!) { createContract(input: $i) { id number instalments { id position } } }',
    {
      i: {
        customerId,
        signedOn: '2026-11-01',
        value: '20000000',
        instalments: [
          { dueDate: '2026-12-01', amount: '8000000' },
          { dueDate: '2027-01-01', amount: '12000000' },
        ],
      },
    },
  );

  await page.goto('/receipts/new');
  await expect(page.getByRole('heading', { name: 'Tạo phiếu thu', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Khách hàng', exact: true }).fill(name.slice(0, 24));
  await page.getByRole('option', { name: new RegExp(name) }).click();
  // Without invoices, the documents offered are the order and the contract's instalments.
  await page.getByRole('button', { name: 'Thêm chứng từ' }).click();
  await expect(page.getByRole('combobox', { name: 'Chứng từ 1' })).toHaveValue(
    new RegExp(`Đơn hàng ${createOrder.number}`),
  );
  await page.getByRole('button', { name: 'Thêm chứng từ' }).click();
  const second = page.getByRole('combobox', { name: 'Chứng từ 2' });
  await expect(second).toHaveValue(new RegExp(`Hợp đồng ${createContract.number} · Đợt thanh toán 1`));
  // The second instalment instead, chosen in the picker.
  await second.click();
  await page.getByRole('option', { name: /Đợt thanh toán 2/ }).click();
  await expect(page.getByRole('textbox', { name: 'Số tiền thu cho chứng từ 2' })).toHaveValue('12.000.000 ₫');
  const first = page.getByRole('textbox', { name: 'Số tiền thu cho chứng từ 1' });
  await first.fill('');
  await first.pressSequentially('5000000');
  await expect(page.getByRole('textbox', { name: 'Số tiền thu', exact: true })).toHaveValue('17.000.000 ₫');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/^Đã thêm phiếu thu PT\d+\.$/)).toBeVisible();

  const { order, contract } = await graphql(
    page,
    `
      query ($o: ID!, $c: ID!) {
        order(id: $o) {
          paymentStatus
          outstanding
        }
        contract(id: $c) {
          instalments {
            position
            received
          }
        }
      }
    `,
    { o: createOrder.id, c: createContract.id },
  );
  expect(order).toEqual({ paymentStatus: 'PARTIAL', outstanding: '6000000' });
  expect(contract.instalments).toEqual([
    { position: 1, received: '0' },
    { position: 2, received: '12000000' },
  ]);

  // The customer's "Chứng từ bán hàng" tab lists the receipt; its link opens the receipt.
  await page.goto(`/customers/${customerId}`);
  await page.getByRole('tab', { name: 'Chứng từ bán hàng', exact: true }).click();
  const documents = page.getByRole('table', { name: 'Chứng từ bán hàng' }).getByRole('row');
  await expect(documents.nth(1)).toContainText('Phiếu thu');
  await expect(documents.nth(1)).toContainText('17.000.000');
  await documents.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^Phiếu thu PT\d+$/, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: `Đơn hàng ${createOrder.number}` })).toBeVisible();
});
