import { expect as baseExpect, test } from '@playwright/test';
import { graphql, login, MANAGER, unique } from './support';

// A shared, loaded machine: the lazy screens take their time.
const expect = baseExpect.configure({ timeout: 30_000 });

test('the contracts and debts lists keep saved views: a default view reopens its search, filter, sort and columns', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const tag = unique('HDGD')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  // A user the other flows on these lists do not sign in as: the default view stays with them.
  await login(page, MANAGER);
  const { createCustomer } = await graphql(
    page,
    'mutation($n: String!) { createCustomer(input: { name: $n }) { id } }',
    { n: `Công ty TNHH Giao Diện ${tag}` },
  );
  for (const [n, signed] of [
    ['01', true],
    ['02', true],
    ['03', false],
  ] as const) {
    await graphql(page, 'mutation($i: CreateContractInput!) { createContract(input: $i) { id } }', {
      i: {
        customerId: createCustomer.id,
        number: `${tag}-${n}`,
        signedOn: `2026-11-0${n.slice(1)}`,
        signed,
        value: '50000000',
      },
    });
  }

  // Hợp đồng: search the tag, signed only, number descending, without the "Đã thu" column.
  await page.goto('/contracts');
  const table = page.getByRole('table', { name: 'Hợp đồng' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Bộ lọc' }).click();
  await page.getByRole('checkbox', { name: 'Chỉ hợp đồng đã ký' }).check();
  await expect(table.getByRole('row')).toHaveCount(3);
  await table.getByRole('button', { name: 'Số hợp đồng' }).click();
  await table.getByRole('button', { name: 'Số hợp đồng' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(`${tag}-02`);
  await page.getByRole('button', { name: 'Cột hiển thị' }).click();
  await page.getByRole('checkbox', { name: 'Đã thu' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Đã thu' })).toHaveCount(0);

  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu giao diện' });
  await dialog.getByRole('textbox', { name: 'Tên giao diện' }).fill(`Đã ký ${tag}`);
  await dialog.getByRole('checkbox', { name: 'Mở danh sách bằng giao diện này' }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByRole('button', { name: `Giao diện danh sách: Đã ký ${tag}` })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue(tag);
  await expect(page.getByRole('checkbox', { name: 'Chỉ hợp đồng đã ký' })).toBeChecked();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText(`${tag}-02`);
  await expect(table.getByRole('columnheader', { name: 'Đã thu' })).toHaveCount(0);
  await graphql(page, 'mutation { setDefaultView(module: "contracts", id: null) }');

  // Công nợ keeps one too: a search saved and offered back.
  await page.goto('/debts');
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' }).click();
  await dialog.getByRole('textbox', { name: 'Tên giao diện' }).fill(`Nợ ${tag}`);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('');
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: `Nợ ${tag}` }).click();
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue(tag);
});
