import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { graphql, login, logout, unique } from './support';

/** A customer of staff1's, made through the API (setup, not the flow under test). */
async function customerOf(page: Page, name: string): Promise<string> {
  const data = await graphql(page, 'mutation($n: String!) { createCustomer(input: { name: $n }) { id } }', {
    n: name,
  });
  return data.createCustomer.id;
}

test('a product is created, its price typed with thousands separators (SAL-01)', async ({ page }) => {
  await login(page);
  await page.getByRole('link', { name: 'Sản phẩm/Dịch vụ', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sản phẩm/Dịch vụ', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm mới', exact: true }).click();
  const code = unique('SP').toUpperCase();
  await page.getByRole('textbox', { name: 'Mã hàng hóa' }).fill(code);
  await page.getByRole('textbox', { name: 'Tên hàng hóa' }).fill('Máy lọc nước Karofi 10 lõi');
  await page.getByRole('textbox', { name: 'Đơn vị tính' }).fill('Chiếc');
  const price = page.getByRole('textbox', { name: 'Đơn giá' });
  await price.pressSequentially('45000000');
  await expect(price).toHaveValue('45.000.000 ₫');
  await page.getByRole('combobox', { name: 'Thuế suất GTGT' }).click();
  await page.getByRole('option', { name: '8%', exact: true }).click();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã thêm hàng hóa Máy lọc nước Karofi 10 lõi.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('may loc nuoc karofi');
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Máy lọc nước Karofi 10 lõi');
  await expect(row).toContainText('45.000.000');
  await expect(row).toContainText('8%');
});

test('an opportunity dragged to Chốt thua asks for the reason, and the columns follow (SAL-02)', async ({
  page,
}) => {
  await login(page, 'staff1@sen.local');
  const customerId = await customerOf(page, unique('Công ty Cơ Hội'));
  const name = unique('Triển khai phần mềm');
  await graphql(
    page,
    'mutation($c: ID!, $n: String!) { createOpportunity(input: { name: $n, customerId: $c, expectedValue: "80000000" }) { id } }',
    { c: customerId, n: name },
  );
  await page.getByRole('link', { name: 'Cơ hội', exact: true }).click();
  const board = page.getByRole('list', { name: 'Bảng cơ hội theo giai đoạn' });
  const lostColumn = board.getByRole('listitem', { name: 'Chốt thua' });
  const lostBefore = Number(await lostColumn.locator('.mantine-Badge-root').first().innerText());
  const card = board
    .getByRole('listitem', { name: 'Tìm hiểu nhu cầu' })
    .getByTestId('opportunity-card')
    .filter({ hasText: name });
  await expect(card).toBeVisible();

  await card.dragTo(lostColumn);
  const dialog = page.getByRole('dialog', { name: `Chốt thua: ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Chốt thua' }).click();
  await expect(dialog.getByText('Nhập lý do thua.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Lý do thua' }).fill('Khách chọn nhà cung cấp khác');
  await dialog.getByRole('button', { name: 'Chốt thua' }).click();
  await expect(dialog).toBeHidden();

  const moved = lostColumn.getByTestId('opportunity-card').filter({ hasText: name });
  await expect(moved).toContainText('Khách chọn nhà cung cấp khác');
  await expect(lostColumn.locator('.mantine-Badge-root').first()).toHaveText(String(lostBefore + 1));
  const { opportunities } = await graphql(
    page,
    'query($s: String) { opportunities(filter: { search: $s }) { nodes { stage lostReason probability version } } }',
    { s: name },
  );
  expect(opportunities.nodes).toEqual([
    { stage: 'LOST', lostReason: 'Khách chọn nhà cung cấp khác', probability: 0, version: 2 },
  ]);
});

test('a board card’s menu is a visible, named button that moves the card (SAL-02)', async ({ page }) => {
  await login(page, 'staff1@sen.local');
  const customerId = await customerOf(page, unique('Công ty Thực Đơn'));
  const name = unique('Máy chiếu phòng họp');
  await graphql(
    page,
    'mutation($c: ID!, $n: String!) { createOpportunity(input: { name: $n, customerId: $c, expectedValue: "30000000" }) { id } }',
    { c: customerId, n: name },
  );
  await page.getByRole('link', { name: 'Cơ hội', exact: true }).click();
  const board = page.getByRole('list', { name: 'Bảng cơ hội theo giai đoạn' });
  const menu = board.getByRole('button', { name: `Chuyển ${name} sang giai đoạn khác` });
  await expect(menu).toBeVisible();
  // A target a finger or a pointer finds (WCAG 2.5.8: at least 24 × 24 px), not a faint dot.
  const box = (await menu.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  await menu.click();
  await page.getByRole('menuitem', { name: 'Thương lượng đàm phán' }).click();
  await expect(
    board
      .getByRole('listitem', { name: 'Thương lượng đàm phán' })
      .getByTestId('opportunity-card')
      .filter({ hasText: name }),
  ).toBeVisible();
});

test('a quote at 8 % and 10 %: the form’s totals are the server’s, it prints, becomes an order; another STAFF user cannot see it (SAL-03)', async ({
  page,
}) => {
  // Three sign-ins, a form, a PDF and a conversion: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await login(page);
  const { companyProfile } = await graphql(page, '{ companyProfile { version } }');
  await graphql(
    page,
    'mutation($v: Int!) { updateCompanyProfile(input: { name: "Công ty Cổ phần Phần mềm Sen Việt", version: $v }) { name } }',
    { v: companyProfile.version },
  );
  // Another STAFF user of its own (account.spec changes staff2's password in the same database).
  const outsider = `${unique('nv-khac')}@sen.local`;
  const outsiderPassword = 'Sen-Nguoi-Ngoai-2026!';
  await graphql(page, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { name: 'Nhân viên khác', email: outsider, password: outsiderPassword, role: 'STAFF' },
  });
  await logout(page);

  await login(page, 'staff1@sen.local');
  const customerName = unique('Công ty TNHH Đức Hưởng');
  await customerOf(page, customerName);
  const code = unique('PM').toUpperCase();
  await graphql(
    page,
    'mutation($c: String!) { createProduct(input: { code: $c, name: "Phần mềm quản lý khách hàng", unit: "Gói", price: "10000000", vatRate: EIGHT }) { id } }',
    { c: code },
  );

  await page.getByRole('link', { name: 'Báo giá', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Báo giá', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm mới', exact: true }).click();
  await page.getByRole('combobox', { name: 'Khách hàng', exact: true }).fill(customerName.slice(0, 20));
  await page.getByRole('option', { name: new RegExp(customerName) }).click();

  // Line 1: a product (its name, unit, price and 8 % come with it).
  await page.getByRole('combobox', { name: 'Dòng 1: Hàng hóa' }).fill(code);
  await page.getByRole('option', { name: new RegExp(code) }).click();
  await expect(page.getByRole('textbox', { name: 'Dòng 1: Đơn giá' })).toHaveValue('10.000.000 ₫');
  // Line 2: free text, a decimal quantity, 10 %.
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await page.getByRole('textbox', { name: 'Dòng 2: Tên hàng hóa, dịch vụ' }).fill('Đào tạo sử dụng tại chỗ');
  await page.getByRole('textbox', { name: 'Dòng 2: Số lượng' }).fill('1,5');
  await page.getByRole('textbox', { name: 'Dòng 2: Đơn giá' }).pressSequentially('134545');
  await expect(page.getByRole('textbox', { name: 'Dòng 2: Đơn giá' })).toHaveValue('134.545 ₫');

  const totals = page.getByRole('region', { name: 'Tổng tiền' });
  await expect(totals.getByTestId('totals-total')).toContainText('11.022.000');
  const formTotals = await totals.getByRole('row').allInnerTexts();
  const formWords = await totals.getByTestId('totals-in-words').innerText();
  expect(formWords).toContain('Mười một triệu không trăm hai mươi hai nghìn đồng');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect(page.getByRole('heading', { name: /^Báo giá BG\d+$/, level: 1 })).toBeVisible();
  const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Báo giá ', '');
  const saved = page.getByRole('region', { name: 'Tổng tiền' });
  expect(await saved.getByRole('row').allInnerTexts()).toEqual(formTotals);
  await expect(saved.getByTestId('totals-in-words')).toHaveText(formWords);
  const quoteUrl = page.url();

  // The PDF downloads and reads back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'In PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const file = await download.path();
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Công ty Cổ phần Phần mềm Sen Việt',
    customerName,
    'Phần mềm quản lý khách hàng',
    'Đào tạo sử dụng tại chỗ',
    '11.022.000',
  ]) {
    expect(text).toContain(expected);
  }

  // Converting it opens the order, with the same total and the way back.
  await page.getByRole('button', { name: 'Chuyển thành' }).click();
  await page.getByRole('menuitem', { name: 'Đơn hàng' }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: /^Đơn hàng DH\d+$/, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tổng tiền' }).getByTestId('totals-total')).toContainText(
    '11.022.000',
  );
  await expect(page.getByRole('link', { name: number })).toBeVisible();
  await logout(page);

  // Another STAFF user: not in the list, and the address says it does not exist.
  await login(page, outsider, outsiderPassword);
  await page.getByRole('link', { name: 'Báo giá', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Báo giá', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(number);
  await expect(page.getByText('Không có báo giá nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();
  await page.goto(quoteUrl);
  await expect(page.getByText('Báo giá không tồn tại hoặc bạn không có quyền xem.')).toBeVisible();
});

test('Cài đặt → Đánh số chứng từ: a kind’s prefix and width, shown as an example (PAR)', async ({ page }) => {
  await login(page);
  await page.getByRole('link', { name: 'Đánh số chứng từ', exact: true }).click();
  const prefix = page.getByRole('textbox', { name: 'Tiền tố của Thẻ chăm sóc' });
  await expect(prefix).toHaveValue('TCS');
  await prefix.fill('TC');
  await page.getByRole('textbox', { name: 'Số chữ số của Thẻ chăm sóc' }).fill('4');
  const row = page.getByRole('row').filter({ has: prefix });
  await expect(row).toContainText(/TC\d{4}/);
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã cập nhật cách đánh số Thẻ chăm sóc.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tiền tố của Thẻ chăm sóc' })).toHaveValue('TC');
});
