import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { graphql, login, unique } from './support';

// ASCII tag: picked out by the picker's search; the names carry Vietnamese letters.
const tag = unique('cd').replace(/-/g, '');
const code = `HT${tag}`.toUpperCase();
const campaignName = `Hội thảo Đà Lạt ${tag}`;
const names = [1, 2, 3, 4, 5, 6].map((i) => `Nguyễn Thị Hường ${tag} ${i}`);

function membersTable(page: Page) {
  return page.getByRole('table', { name: 'Khách hàng trong chiến dịch' });
}

function rowOf(page: Page, name: string) {
  return membersTable(page).getByRole('row', { name: new RegExp(`${name}(?!\\d)`) });
}

async function changeStatus(page: Page, who: string[], target: string) {
  for (const name of who) {
    await rowOf(page, name).getByRole('checkbox', { name: 'Chọn dòng' }).check();
  }
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Thay đổi trạng thái' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thay đổi trạng thái' });
  await dialog.getByRole('radio', { name: target }).check();
  await dialog.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(dialog).toBeHidden();
  for (const name of who) {
    await expect(rowOf(page, name)).toContainText(target);
  }
}

test.describe.serial('campaigns', () => {
  test('creates a campaign, adds customers by level, moves statuses, exports and deletes it', async ({
    page,
    browser,
  }) => {
    // One long flow (export, a second browser for the public form): more than the default minute.
    test.setTimeout(180_000);
    await login(page);
    for (const name of names) {
      await graphql(page, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
        i: { name, level: 'INTERESTED', phone: `09${String(Date.now()).slice(-7)}${names.indexOf(name)}` },
      });
    }
    // A customer of another level with the same tag stays out of the level filter.
    await graphql(page, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { name: `Khách Mới ${tag}`, level: 'NEW' },
    });

    await page.getByRole('link', { name: 'Chiến dịch', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm mới' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm mới chiến dịch', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Tên chiến dịch' })).toBeEditable();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('textbox', { name: 'Tên chiến dịch' })).toHaveAccessibleDescription(
      'Trường này là bắt buộc.',
    );
    await page.getByRole('textbox', { name: 'Tên chiến dịch' }).fill(campaignName);
    await page.getByRole('textbox', { name: 'Mã chiến dịch' }).fill(code);
    await page.getByRole('textbox', { name: 'Ngày bắt đầu' }).fill('01/01/2026');
    await page.getByRole('textbox', { name: 'Ngân sách' }).fill('25.000.000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('heading', { name: campaignName, level: 1 })).toBeVisible();

    // Thêm khách hàng: level "Quan tâm", the tag, all matching (not only the visible page).
    await page.getByRole('button', { name: 'Thêm khách hàng' }).click();
    const picker = page.getByRole('dialog', { name: 'Thêm khách hàng' });
    await picker
      .getByRole('group', { name: 'Nhóm khách hàng theo mức độ' })
      .getByText('Quan tâm', { exact: true })
      .click();
    await picker.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
    await expect(picker.getByRole('table', { name: 'Khách hàng có thể chọn' }).getByRole('row')).toHaveCount(
      7,
    );
    await picker.getByRole('checkbox', { name: /Chọn tất cả 6 khách hàng phù hợp/ }).check();
    await picker.getByRole('button', { name: 'Chọn khách hàng' }).click();
    await expect(
      page.getByText('Đã thêm 6 khách hàng vào chiến dịch; bỏ qua 0 khách hàng đã có.'),
    ).toBeVisible();
    await expect(membersTable(page).getByRole('row')).toHaveCount(7);
    await expect(membersTable(page)).not.toContainText(`Khách Mới ${tag}`);

    // 1–3 confirmed; 2 and 4 joined; 3 and 5 cancelled (3 had confirmed: it leaves "Xác nhận").
    await changeStatus(page, [names[0], names[1], names[2]], 'Xác nhận');
    await changeStatus(page, [names[1], names[3]], 'Tham gia');
    await changeStatus(page, [names[2], names[4]], 'Hủy');
    const totals = page.getByRole('list', { name: 'Tổng số theo trạng thái' });
    // Đăng kí = all 6; Xác nhận = CONFIRMED (1) + JOINED (2); Tham gia = 2; Hủy = 2.
    await expect(totals.getByRole('listitem', { name: 'Tổng Đăng kí' })).toContainText('6');
    await expect(totals.getByRole('listitem', { name: 'Tổng Xác nhận' })).toContainText('3');
    await expect(totals.getByRole('listitem', { name: 'Tổng Tham gia' })).toContainText('2');
    await expect(totals.getByRole('listitem', { name: 'Tổng Hủy' })).toContainText('2');

    // A forbidden target is not offered: a joined member can only be cancelled.
    await rowOf(page, names[1]).getByRole('checkbox', { name: 'Chọn dòng' }).check();
    await page.getByRole('button', { name: 'Thao tác' }).click();
    await page.getByRole('menuitem', { name: 'Thay đổi trạng thái' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thay đổi trạng thái' });
    await expect(dialog.getByRole('radio')).toHaveCount(1);
    await expect(dialog.getByRole('radio', { name: 'Hủy' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Trở về' }).click();
    // Cancelled + registered ticked together: nothing is allowed for both.
    await rowOf(page, names[2]).getByRole('checkbox', { name: 'Chọn dòng' }).check();
    await rowOf(page, names[5]).getByRole('checkbox', { name: 'Chọn dòng' }).check();
    await page.getByRole('button', { name: 'Thao tác' }).click();
    await page.getByRole('menuitem', { name: 'Thay đổi trạng thái' }).click();
    dialog = page.getByRole('dialog', { name: 'Thay đổi trạng thái' });
    await expect(
      dialog.getByText('Không có trạng thái nào được phép chuyển cho tất cả khách hàng đã chọn.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Hoàn thành' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Trở về' }).click();

    // Xuất khẩu khách hàng: Excel and PDF, opened and read back.
    await page.getByRole('button', { name: 'Xuất khẩu khách hàng' }).click();
    let download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Excel' }).click();
    const xlsxPath = test.info().outputPath('members.xlsx');
    await (await download).saveAs(xlsxPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const cells = wb.worksheets[0].getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(cells).toContain(names[0]);
    expect(cells).toContain(`DANH SÁCH KHÁCH HÀNG CHIẾN DỊCH: ${campaignName}`);

    await page.getByRole('button', { name: 'Xuất khẩu khách hàng' }).click();
    download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'PDF' }).click();
    const pdfPath = test.info().outputPath('members.pdf');
    await (await download).saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
    expect(text).toContain(names[3]);
    expect(text).toContain(campaignName);
    expect(text).toMatch(/Đăng kí: 6\s+Xác nhận: 3\s+Tham gia: 2\s+Hủy: 2/);

    // The public form, without signing in: the new person appears as Đăng kí.
    const visitor = await browser.newContext();
    const form = await visitor.newPage();
    await form.goto(`/register/${code}`);
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill(`Trần Văn Lưỡng ${tag}`);
    await form.getByRole('textbox', { name: 'Số điện thoại' }).fill(`+84 98${String(Date.now()).slice(-7)}`);
    await form.getByRole('button', { name: 'Đăng kí' }).click();
    await expect(form.getByRole('status')).toHaveText(
      'Cảm ơn bạn đã đăng kí. Chúng tôi sẽ liên hệ để xác nhận.',
    );
    await visitor.close();
    await page.reload();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(`tran van luong ${tag}`);
    await expect(membersTable(page).getByRole('row')).toHaveCount(2);
    await expect(rowOf(page, `Trần Văn Lưỡng ${tag}`)).toContainText('Đăng kí');
    await expect(page.getByRole('listitem', { name: 'Tổng Đăng kí' })).toContainText('7');

    // The charts load on their tab; the customer's own screen lists the campaign with its status.
    await page.getByRole('tab', { name: 'Biểu đồ' }).click();
    await expect(
      page.getByRole('figure', { name: 'Tổng số theo trạng thái' }).locator('svg').first(),
    ).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Chi phí và doanh thu' })).toBeVisible();
    const campaignUrl = page.url().replace(/\?.*$/, '');
    const customerId = (
      await graphql(page, 'query($s: String) { customers(filter: { search: $s }) { nodes { id } } }', {
        s: names[1],
      })
    ).customers.nodes[0].id;
    await page.goto(`/customers/${customerId}?tab=campaigns`);
    const tab = page.getByRole('table', { name: 'Chiến dịch của khách hàng' });
    await expect(tab.getByRole('row', { name: new RegExp(campaignName) })).toContainText('Tham gia');
    await page.goto('/campaigns');
    // Managers' overview across campaigns (loaded when opened).
    await page.getByRole('button', { name: 'Biểu đồ tổng quan' }).click();
    await expect(
      page.getByRole('region', { name: 'Biểu đồ tổng quan' }).locator('svg').first(),
    ).toBeVisible();
    await page.goto(campaignUrl);

    // Delete: "Có" once, then the second confirmation naming the 7 customers.
    await page.getByRole('button', { name: 'Xóa' }).click();
    await page.getByRole('dialog', { name: 'Xóa chiến dịch' }).getByRole('button', { name: 'Có' }).click();
    const second = page.getByRole('dialog', { name: 'Chiến dịch đã có khách hàng' });
    await expect(second).toContainText(`Chiến dịch ${campaignName} có 7 khách hàng.`);
    await second.getByRole('button', { name: 'Có' }).click();
    await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
    await expect(page.getByRole('table', { name: 'Danh sách chiến dịch' })).not.toContainText(campaignName);
  });
});
