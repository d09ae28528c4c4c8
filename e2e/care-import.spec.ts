import { expect, test } from '@playwright/test';
import { graphql, login, unique, uploadImportFile } from './support';

// IMP-01 for care cards (seed 003 "Nhập khẩu thẻ chăm sóc"): from the care card list, through the
// same steps as every import, to the cards in the list.
test('care cards are imported from a file: mapped, checked, refused rows named, the rest in the list', async ({
  page,
}) => {
  await login(page);
  const tag = unique('tcs');
  const created = await graphql(
    page,
    'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { code } }',
    {
      i: { name: `Khách chăm sóc ${tag}` },
    },
  );
  const code = created.createCustomer.code as string;
  const csv = [
    'Mã thẻ,Mã khách hàng,Số đơn hàng,Kênh chăm sóc,Mức độ hài lòng',
    `${tag}-1,${code},DH-${tag},Zalo,Hài lòng`,
    `${tag}-2,${code},DH-${tag},Bồ câu,`,
  ].join('\n');

  await page.goto('/care-cards');
  await page.getByRole('link', { name: 'Nhập khẩu' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập khẩu thẻ chăm sóc' })).toBeVisible();
  const mapping = await uploadImportFile(page, {
    name: `the-cham-soc-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Mã thẻ' })).toHaveValue('Mã thẻ *');
  await expect(mapping.getByRole('combobox', { name: 'Trường cho cột Kênh chăm sóc' })).toHaveValue(
    'Kênh chăm sóc',
  );
  await page.getByRole('radio', { name: 'Chỉ thêm mới (báo lỗi dòng trùng)' }).check();
  await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await expect(page.locator('[data-count=created]')).toHaveText('1');
  await expect(page.locator('[data-count=failed]')).toHaveText('1');
  await expect(
    page
      .getByRole('table', { name: 'Dòng lỗi' })
      .getByRole('row', { name: /^3 .*Giá trị không có trong danh mục/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Nhập khẩu', exact: true }).click();
  await expect(page.getByText('Đã nhập khẩu xong:')).toBeVisible();
  await expect(page.locator('[data-count=created]')).toHaveText('1');

  await page.goto('/care-cards');
  await page.getByRole('searchbox').first().fill(`${tag}-1`);
  await expect(page.getByRole('cell', { name: `${tag}-1` })).toBeVisible();
});
