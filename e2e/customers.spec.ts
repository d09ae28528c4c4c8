import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCustomer, graphql, login, unique, userId } from './support';

// ASCII tag: the names around it carry the diacritics the search must fold.
const tag = unique('kh').replace(/-/g, '');

function customersTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách khách hàng' });
}

function rowOf(page: Page, name: string): Locator {
  return customersTable(page).getByRole('row', { name: new RegExp(name) });
}

async function searchCustomers(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(text);
}

async function tick(page: Page, names: string[]) {
  for (const name of names) {
    await rowOf(page, name).getByRole('checkbox', { name: 'Chọn dòng' }).check();
  }
}

async function bulk(page: Page, action: string) {
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** The "Nhóm khách hàng" cell (after the checkbox, code, name and level). */
function groupsCell(page: Page, name: string): Locator {
  return rowOf(page, name).getByRole('cell').nth(4);
}

test.describe.serial('customers', () => {
  test('creates a customer through the form, refuses a second with the same e-mail at the field, and finds it without diacritics', async ({
    page,
  }) => {
    const name = `Công ty Đồng Tâm ${tag}`;
    const email = `lienhe.${tag}@dongtam.vn`;
    await login(page);

    // The duplicate check on e-mail is on (DUP-01 default).
    await page.getByRole('link', { name: 'Thiết lập trùng lặp dữ liệu', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Kiểm tra trùng: Email' })).toBeChecked();

    await page.getByRole('link', { name: 'Khách hàng', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Khách hàng', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm mới khách hàng' })).toBeVisible();

    // The browser checks the shared schema first.
    const emailBox = page.getByRole('textbox', { name: 'Email', exact: true });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('textbox', { name: 'Tên khách hàng' })).toHaveAccessibleDescription(
      'Trường này là bắt buộc.',
    );
    await page.getByRole('textbox', { name: 'Tên khách hàng' }).fill(name);
    await emailBox.fill(email);
    await page.getByRole('textbox', { name: 'Địa chỉ văn phòng' }).fill('Số 5 Phố Huế, Hai Bà Trưng, Hà Nội');
    await page.getByRole('textbox', { name: 'Ngày thành lập / sinh nhật' }).fill('15/08/2010');
    await page.getByRole('button', { name: 'Lưu' }).click();

    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect(page.getByText('15/08/2010')).toBeVisible();
    await expect(page.getByText(/^KH\d{6} · /)).toBeVisible();

    // Same e-mail, other case and spacing: refused with the seed's message next to the field.
    await page.goto('/customers/new');
    await page.getByRole('textbox', { name: 'Tên khách hàng' }).fill(`Công ty Khác ${tag}`);
    await emailBox.fill(`  ${email.toUpperCase()} `);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(emailBox).toHaveAccessibleDescription(
      `Email đã tồn tại trong khách hàng ${name} thuộc chủ sở hữu Quản trị viên`,
    );
    await expect(page).toHaveURL(/\/customers\/new$/);

    // Quick search folds diacritics and matches partial words.
    await page.goto('/customers');
    await searchCustomers(page, `cong ty dong tam ${tag}`);
    await expect(rowOf(page, name)).toBeVisible();
    await expect(customersTable(page).getByRole('row')).toHaveCount(2);
    await searchCustomers(page, `dong ta ${tag}`);
    await expect(rowOf(page, name)).toBeVisible();
    await expect(page.getByText(`Công ty Khác ${tag}`)).toHaveCount(0);
  });

  test('changes exactly the ticked customers’ groups with Chuyển nhóm, Thêm mới and Bỏ nhóm', async ({
    page,
  }) => {
    await login(page);
    const group = async (name: string) =>
      (await graphql(page, 'mutation($n: String!) { createCustomerGroup(name: $n) { id } }', { n: name }))
        .createCustomerGroup.id as string;
    const groupA = `Miền Bắc ${tag}`;
    const groupB = `Miền Nam ${tag}`;
    const a = await group(groupA);
    await group(groupB);
    const [one, two, three] = ['Một', 'Hai', 'Ba'].map((n) => `Nhóm thử ${tag} ${n}`);
    for (const name of [one, two, three]) {
      await createCustomer(page, { name, groupIds: [a] });
    }

    await page.goto('/customers');
    await searchCustomers(page, `nhom thu ${tag}`);
    await expect(customersTable(page).getByRole('row')).toHaveCount(4);

    // Chuyển nhóm: the ticked customers end up in exactly the chosen groups.
    await tick(page, [one, two]);
    await bulk(page, 'Chuyển nhóm khách hàng');
    let dialog = page.getByRole('dialog', { name: 'Chuyển nhóm khách hàng' });
    await expect(dialog.getByRole('radio', { name: 'Chuyển nhóm' })).toBeChecked();
    await dialog.getByRole('checkbox', { name: groupB }).check();
    await dialog.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupsCell(page, one)).toHaveText(groupB);
    await expect(groupsCell(page, two)).toHaveText(groupB);
    await expect(groupsCell(page, three)).toHaveText(groupA);

    // Thêm mới: adds, keeps the others.
    await tick(page, [one]);
    await bulk(page, 'Chuyển nhóm khách hàng');
    dialog = page.getByRole('dialog', { name: 'Chuyển nhóm khách hàng' });
    await dialog.getByRole('radio', { name: 'Thêm mới' }).check();
    await dialog.getByRole('checkbox', { name: groupA }).check();
    await dialog.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupsCell(page, one)).toHaveText(
      new RegExp(`^(${groupA}, ${groupB}|${groupB}, ${groupA})$`),
    );
    await expect(groupsCell(page, two)).toHaveText(groupB);
    await expect(groupsCell(page, three)).toHaveText(groupA);

    // Bỏ nhóm: removes only the chosen group, only from the ticked customers.
    await tick(page, [one, three]);
    await bulk(page, 'Chuyển nhóm khách hàng');
    dialog = page.getByRole('dialog', { name: 'Chuyển nhóm khách hàng' });
    await dialog.getByRole('radio', { name: 'Bỏ nhóm' }).check();
    await dialog.getByRole('checkbox', { name: groupA }).check();
    await dialog.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupsCell(page, one)).toHaveText(groupB);
    await expect(groupsCell(page, two)).toHaveText(groupB);
    await expect(groupsCell(page, three)).toHaveText('');
  });

  test('shares one customer and transfers another, and both show in the history', async ({ page }) => {
    await login(page);
    const shared = `Sở hữu ${tag} chia sẻ`;
    const moved = `Sở hữu ${tag} chuyển`;
    await createCustomer(page, { name: shared });
    await createCustomer(page, { name: moved });

    await page.goto('/customers');
    await searchCustomers(page, `so huu ${tag}`);
    // Rows are ticked once the search has answered: a new page of rows starts unticked.
    await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 2');
    await tick(page, [shared]);
    await bulk(page, 'Chia sẻ');
    const shareDialog = page.getByRole('dialog', { name: 'Chia sẻ khách hàng' });
    await shareDialog.getByRole('combobox', { name: 'Người được chia sẻ' }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Đức' }).click();
    // The multi-select stays open for more picks; leave it before pressing the button.
    await shareDialog.getByRole('heading', { name: 'Chia sẻ khách hàng' }).click();
    await shareDialog.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(shareDialog).toBeHidden();

    await tick(page, [moved]);
    await bulk(page, 'Chuyển chủ sở hữu');
    const transferDialog = page.getByRole('dialog', { name: 'Chuyển chủ sở hữu' });
    await transferDialog.getByRole('combobox', { name: 'Chủ sở hữu mới' }).click();
    await page.getByRole('option', { name: 'Trần Thị Mai' }).click();
    await transferDialog.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(transferDialog).toBeHidden();
    await expect(rowOf(page, moved)).toContainText('Trần Thị Mai');

    await page.getByRole('link', { name: 'Lọc chia sẻ và chuyển chủ sở hữu' }).click();
    await expect(
      page.getByRole('heading', { name: 'Lọc chia sẻ và chuyển chủ sở hữu', level: 1 }),
    ).toBeVisible();
    const history = page.getByRole('table', { name: 'Lịch sử chia sẻ và chuyển chủ sở hữu' });

    await page.getByRole('combobox', { name: 'Hành động' }).click();
    await page.getByRole('option', { name: 'Chia sẻ' }).click();
    await page.getByRole('combobox', { name: 'Người nhận' }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Đức' }).click();
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const shareRow = history.getByRole('row').nth(1);
    await expect(shareRow).toContainText('Chia sẻ');
    await expect(shareRow).toContainText('Nguyễn Văn Đức');
    await expect(history.getByText('Chuyển chủ sở hữu')).toHaveCount(0);
    await shareRow.getByRole('button', { name: 'Xem 1 khách hàng' }).click();
    await expect(history.getByText(shared)).toBeVisible();

    await page.getByRole('combobox', { name: 'Hành động' }).click();
    await page.getByRole('option', { name: 'Chuyển chủ sở hữu' }).click();
    await page.getByRole('combobox', { name: 'Người nhận' }).click();
    await page.getByRole('option', { name: 'Trần Thị Mai' }).click();
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const transferRow = history.getByRole('row').nth(1);
    await expect(transferRow).toContainText('Chuyển chủ sở hữu');
    await expect(transferRow).toContainText('Quản trị viên');
    await expect(transferRow).toContainText('Trần Thị Mai');
    await transferRow.getByRole('button', { name: 'Xem 1 khách hàng' }).click();
    await expect(history.getByText(moved)).toBeVisible();
  });

  test('deletes a customer to the trash and restores it', async ({ page }) => {
    await login(page);
    // Its own tag: the restored customer stays, so a second run must not find the first one.
    const own = unique('tr').replace(/-/g, '');
    const name = `Thùng rác thử ${own}`;
    const id = await createCustomer(page, { name });
    // Another deleted customer, so the trash's total only reads 1 once the search below applies.
    const other = await createCustomer(page, { name: `Khác ${own}` });
    await graphql(page, 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }', { ids: [other] });

    await page.goto(`/customers/${id}`);
    await page.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa khách hàng' });
    await expect(confirm).toContainText(`Xóa khách hàng ${name}?`);
    await confirm.getByRole('button', { name: 'Có' }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await searchCustomers(page, `thung rac thu ${own}`);
    await expect(
      customersTable(page).getByText('Không có khách hàng nào khớp tìm kiếm hoặc bộ lọc'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Thùng rác' }).click();
    await expect(page.getByRole('heading', { name: 'Thùng rác', level: 1 })).toBeVisible();
    const trash = page.getByRole('table', { name: 'Khách hàng đã xóa' });
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`thung rac thu ${own}`);
    // The search has applied (nothing pending or loading) before a row is ticked: ticking a row
    // that the search is about to replace raced the re-render ("did not change its state").
    await expect(trash).not.toHaveAttribute('aria-busy');
    await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 1');
    const row = trash.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('checkbox', { name: 'Chọn dòng' }).check();
    await bulk(page, 'Khôi phục');
    await expect(page.getByText('Đã khôi phục 1 bản ghi.')).toBeVisible();
    await expect(row).toHaveCount(0);

    await page.getByRole('link', { name: 'Khách hàng', exact: true }).click();
    await searchCustomers(page, `thung rac thu ${own}`);
    await expect(rowOf(page, name)).toBeVisible();
  });

  test('a STAFF user does not see another staff member’s customer, except through Tra cứu', async ({
    page,
  }) => {
    await login(page);
    const mine = `Phân quyền ${tag} Đức`;
    const theirs = `Phân quyền ${tag} Hoàng Anh`;
    await createCustomer(page, { name: mine, ownerId: await userId(page, 'staff1@sen.local') });
    const theirsId = await createCustomer(page, {
      name: theirs,
      email: `hoanganh.${tag}@sen.vn`,
      officeAddress: '12 Trần Hưng Đạo, Hà Nội',
      ownerId: await userId(page, 'staff2@sen.local'),
    });

    await login(page, 'staff1@sen.local');
    await searchCustomers(page, `phan quyen ${tag}`);
    await expect(rowOf(page, mine)).toBeVisible();
    await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 1');
    await expect(page.getByText(theirs)).toHaveCount(0);

    await page.goto(`/customers/${theirsId}`);
    await expect(
      page.getByText('Không tìm thấy khách hàng, hoặc bạn không có quyền xem khách hàng này.'),
    ).toBeVisible();
    await expect(page.getByText(`hoanganh.${tag}@sen.vn`)).toHaveCount(0);

    // Tra cứu shows every customer, with only code, name, owner and the addresses (CUS-07).
    await page.goto('/customers/lookup');
    await page.getByRole('searchbox', { name: 'Tra cứu' }).fill(`phan quyen ${tag} hoang`);
    await page.getByRole('searchbox', { name: 'Tra cứu' }).press('Enter');
    const hit = page
      .getByRole('table', { name: 'Kết quả tra cứu' })
      .getByRole('row', { name: new RegExp(theirs) });
    await expect(hit).toContainText('Lê Hoàng Anh');
    await expect(hit).toContainText('12 Trần Hưng Đạo, Hà Nội');
    await expect(page.getByText(`hoanganh.${tag}@sen.vn`)).toHaveCount(0);

    // Nothing found: "Thêm mới" opens the form with the name typed.
    await page.getByRole('searchbox', { name: 'Tra cứu' }).fill(`khong co ai ${tag}`);
    await page.getByRole('searchbox', { name: 'Tra cứu' }).press('Enter');
    await expect(
      page.getByText(`Không tìm thấy khách hàng nào khớp với “khong co ai ${tag}”.`),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await expect(page.getByRole('textbox', { name: 'Tên khách hàng' })).toHaveValue(`khong co ai ${tag}`);
  });
});
