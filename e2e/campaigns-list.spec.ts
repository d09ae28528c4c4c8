import { expect as baseExpect, test, type Page } from '@playwright/test';
import { graphql, login, unique } from './support';

// A shared, loaded machine: the lazy screens take their time.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });

// ASCII tag: the searches find it; the names carry Vietnamese letters.
const tag = unique('ds').replace(/-/g, '');
const withMembers = `Hội chợ Nông sản ${tag}`;
const empty = `Tọa đàm Khởi nghiệp ${tag}`;
const member = `Hợp tác xã Rau sạch ${tag}`;
const other = `Trang trại Bò sữa ${tag}`;

async function bulk(page: Page, action: string) {
  await page.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('ticked campaigns go to the trash and one comes back; the picker marks who is already in it (X-03, X-07, CMP-05)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page);
  const customer = async (name: string) =>
    (
      await graphql(page, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
        i: { name },
      })
    ).createCustomer.id as string;
  const memberId = await customer(member);
  await customer(other);
  const campaign = async (name: string) =>
    (
      await graphql(page, 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', {
        i: { name, startDate: '2026-11-01' },
      })
    ).createCampaign.id as string;
  const withMembersId = await campaign(withMembers);
  await campaign(empty);
  await graphql(
    page,
    'mutation($c: ID!, $ids: [ID!]!) { addCampaignMembers(campaignId: $c, customerIds: $ids) { added } }',
    {
      c: withMembersId,
      ids: [memberId],
    },
  );

  // Both ticked, deleted: "Có", then once more for the one customer they hold.
  await page.goto('/campaigns');
  await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách chiến dịch' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(table).not.toHaveAttribute('aria-busy');
  await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 2');
  for (const name of [withMembers, empty]) {
    await table
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('checkbox', { name: 'Chọn dòng' })
      .check();
  }
  await bulk(page, 'Xóa');
  const first = page.getByRole('dialog', { name: 'Xóa chiến dịch' });
  await expect(first).toContainText('Bạn có chắc chắn muốn xóa 2 chiến dịch đã chọn?');
  await first.getByRole('button', { name: 'Có' }).click();
  const second = page.getByRole('dialog', { name: 'Chiến dịch đã có khách hàng' });
  await expect(second).toContainText('Các chiến dịch đã chọn có 1 khách hàng.');
  await second.getByRole('button', { name: 'Có' }).click();
  await expect(page.getByText('Đã chuyển 2 chiến dịch vào thùng rác.')).toBeVisible();
  await expect(table.getByText('Không có chiến dịch nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();

  // Thùng rác: both there; the one with its customer comes back.
  await page.getByRole('link', { name: 'Thùng rác' }).click();
  await expect(page.getByRole('heading', { name: 'Chiến dịch – Thùng rác', level: 1 })).toBeVisible();
  const trash = page.getByRole('table', { name: 'Chiến dịch đã xóa' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(trash).not.toHaveAttribute('aria-busy');
  await expect(page.getByTestId('total-count')).toHaveText('Tổng số: 2');
  await trash
    .getByRole('row', { name: new RegExp(withMembers) })
    .getByRole('checkbox', { name: 'Chọn dòng' })
    .check();
  await bulk(page, 'Khôi phục');
  await expect(page.getByText('Đã khôi phục 1 bản ghi.')).toBeVisible();
  await expect(trash.getByRole('row', { name: new RegExp(withMembers) })).toHaveCount(0);

  await page.getByRole('link', { name: 'Trở về' }).click();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await table.getByRole('link', { name: withMembers, exact: true }).click();
  await expect(page.getByRole('heading', { name: withMembers, level: 1 })).toBeVisible();

  // The picker: the member is marked and cannot be ticked again; the other one can.
  await page.getByRole('button', { name: 'Thêm khách hàng' }).click();
  const picker = page.getByRole('dialog', { name: 'Thêm khách hàng' });
  await picker.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  const already = picker.getByRole('checkbox', { name: `${member} đã trong chiến dịch` });
  await expect(already).toBeChecked();
  await expect(already).toBeDisabled();
  await expect(picker.getByRole('row', { name: new RegExp(member) })).toContainText('Đã trong chiến dịch');
  const fresh = picker.getByRole('checkbox', { name: `Chọn dòng ${other}` });
  await expect(fresh).toBeEnabled();
  await fresh.check();
  await picker.getByRole('button', { name: 'Chọn khách hàng' }).click();
  await expect(
    page.getByText('Đã thêm 1 khách hàng vào chiến dịch; bỏ qua 0 khách hàng đã có.'),
  ).toBeVisible();
});
