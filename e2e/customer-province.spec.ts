import { expect, test, type Page } from '@playwright/test';
import { createCustomer, graphql, login, switchLanguage, unique } from './support';

const tag = unique('tinh').replace(/-/g, '');
// Name order (An, Bình, Cường) is not province order (Cần Thơ, Lào Cai, Sơn La).
const sonLa = `An ${tag}`;
const canTho = `Bình ${tag}`;
const laoCai = `Cường ${tag}`;

// The header's language switch saves the admin's language: give the next flows their Vietnamese back.
test.afterEach(async ({ page }) => {
  await graphql(page, 'mutation { updateMyPreferences(language: VI) { id } }');
});

/** The names in the list, top to bottom. */
async function listedNames(page: Page, table: string): Promise<string[]> {
  const names = page.getByRole('table', { name: table }).getByRole('row').getByRole('link');
  return (await names.allTextContents()).map((n) => n.trim());
}

test('a customer’s Tỉnh/Thành phố: picked on the form, shown in the list, filtered and sorted by, in both languages', async ({
  page,
}) => {
  await login(page);
  await createCustomer(page, { name: sonLa, province: 'Sơn La' });
  await createCustomer(page, { name: canTho, province: 'Cần Thơ' });

  // The form offers the 34 units of 1 July 2025; typing without accents finds one.
  await page.goto('/customers/new');
  await page.getByRole('textbox', { name: 'Tên khách hàng' }).fill(laoCai);
  const province = page.getByRole('combobox', { name: 'Tỉnh/Thành phố' });
  await province.click();
  await expect(page.getByRole('option')).toHaveCount(34);
  await expect(page.getByRole('option', { name: 'Bình Dương' })).toHaveCount(0);
  await province.fill('lao cai');
  await page.getByRole('option', { name: 'Lào Cai' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: laoCai, level: 1 })).toBeVisible();
  await expect(page.getByText('Lào Cai', { exact: true })).toBeVisible();

  // The list shows it once the column is chosen, and sorts by it both ways.
  await page.goto('/customers');
  const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Cột hiển thị' }).click();
  await page.getByRole('checkbox', { name: 'Tỉnh/Thành phố' }).check();
  await page.keyboard.press('Escape');
  const header = table.getByRole('columnheader', { name: 'Tỉnh/Thành phố' });
  await expect(table.getByRole('row', { name: new RegExp(laoCai) })).toContainText('Lào Cai');
  await header.getByRole('button').click();
  await expect.poll(() => listedNames(page, 'Danh sách khách hàng')).toEqual([canTho, laoCai, sonLa]);
  await header.getByRole('button').click();
  await expect.poll(() => listedNames(page, 'Danh sách khách hàng')).toEqual([sonLa, laoCai, canTho]);

  // The filter panel picks several units.
  await page.getByRole('button', { name: /^Bộ lọc/ }).click();
  const panel = page.getByRole('form', { name: 'Bộ lọc khách hàng' });
  await panel.getByRole('combobox', { name: 'Tỉnh/Thành phố' }).click();
  await page.getByRole('option', { name: 'Sơn La' }).click();
  await page.getByRole('option', { name: 'Cần Thơ' }).click();
  await page.keyboard.press('Escape');
  await panel.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect.poll(() => listedNames(page, 'Danh sách khách hàng')).toEqual([sonLa, canTho]);

  // In English: the same column, filter and sort under "Province".
  await switchLanguage(page, 'EN');
  const enTable = page.getByRole('table', { name: 'Customer list' });
  await expect(enTable.getByRole('columnheader', { name: 'Province' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Customer filters' }).getByText('Province')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => listedNames(page, 'Customer list')).toEqual([sonLa, laoCai, canTho]);
  const sortButton = enTable.getByRole('columnheader', { name: 'Province' }).getByRole('button');
  await sortButton.click(); // back to the default order, by name
  await expect.poll(() => listedNames(page, 'Customer list')).toEqual([sonLa, canTho, laoCai]);
  await sortButton.click();
  await expect.poll(() => listedNames(page, 'Customer list')).toEqual([canTho, laoCai, sonLa]);
  await enTable.getByRole('link', { name: laoCai }).click();
  await expect(page.getByText('Province', { exact: true })).toBeVisible();
  await expect(page.getByText('Lào Cai', { exact: true })).toBeVisible();
});
