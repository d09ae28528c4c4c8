import { expect, test } from '@playwright/test';
import { createCustomer, graphql, login, logout, unique } from './support';

test('a saved view with a filter and fewer columns comes back after a reload; a private view is not offered to another user', async ({
  page,
}) => {
  const tag = unique('gd').replace(/-/g, '');
  const viewName = `Khách ${tag}`;
  await login(page, 'staff1@sen.local');
  await createCustomer(page, { name: `Công ty Giao Diện ${tag}` });
  await createCustomer(page, { name: `Công ty Khác Hẳn ${unique('x')}` });

  await page.goto('/customers');
  const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(table.getByRole('row')).toHaveCount(2); // the header and the one match
  // Fewer columns: the phone column goes.
  await page.getByRole('button', { name: 'Cột hiển thị' }).click();
  await page.getByRole('checkbox', { name: 'Điện thoại' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Điện thoại' })).toHaveCount(0);

  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu giao diện' });
  await dialog.getByRole('textbox', { name: 'Tên giao diện' }).fill(viewName);
  await dialog.getByRole('checkbox', { name: 'Mở danh sách bằng giao diện này' }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('button', { name: `Giao diện danh sách: ${viewName}` })).toBeVisible();

  // A fresh visit to the list opens it with the default view: the filter and the columns.
  await page.goto('/customers');
  await expect(page.getByRole('button', { name: `Giao diện danh sách: ${viewName}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue(tag);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(`Công ty Giao Diện ${tag}`);
  await expect(table.getByRole('columnheader', { name: 'Điện thoại' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();

  // Another user is not offered the private view, and their list opens unfiltered.
  await logout(page);
  await login(page, 'staff2@sen.local');
  await page.goto('/customers');
  await expect(table).toBeVisible();
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: new RegExp(viewName) })).toHaveCount(0);
  expect(page.url()).not.toContain(tag);
});

test('a list that keeps its filter on the page (contacts) reopens a saved view with its search', async ({
  page,
}) => {
  const tag = unique('lh').replace(/-/g, '');
  await login(page, 'staff1@sen.local');
  const customerId = await createCustomer(page, { name: `Công ty Liên Hệ ${tag}` });
  await graphql(page, 'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', {
    i: { name: `Trần Thị Giao ${tag}`, customerId },
  });
  await page.goto('/contacts');
  const table = page.getByRole('table', { name: 'Danh sách liên hệ' });
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await search.fill(`tran thi giao ${tag}`);
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu giao diện' });
  await dialog.getByRole('textbox', { name: 'Tên giao diện' }).fill(`Liên hệ ${tag}`);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // Not the default: a new visit is unfiltered, and picking the view filters again.
  await page.reload();
  await expect(search).toHaveValue('');
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: `Liên hệ ${tag}` }).click();
  await expect(search).toHaveValue(`tran thi giao ${tag}`);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(`Trần Thị Giao ${tag}`);
});

test('the products list keeps its views too: a shared view is offered to another user and restores search and sort', async ({
  page,
}) => {
  const tag = unique('sp').replace(/-/g, '');
  await login(page);
  for (const [code, name] of [
    [`A${tag}`, `Máy lọc nước ${tag} A`],
    [`B${tag}`, `Máy lọc nước ${tag} B`],
  ]) {
    await graphql(page, 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
      i: { code, name, unit: 'Cái', price: '1000000', vatRate: 'TEN' },
    });
  }
  await page.goto('/products');
  const table = page.getByRole('table', { name: 'Danh sách hàng hóa' });
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await search.fill(`may loc nuoc ${tag}`);
  await expect(table.getByRole('row')).toHaveCount(3);
  // Code descending: B before A.
  await table.getByRole('columnheader', { name: /Mã hàng/ }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(`B${tag}`);
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: 'Lưu giao diện hiện tại…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu giao diện' });
  await dialog.getByRole('textbox', { name: 'Tên giao diện' }).fill(`Hàng ${tag}`);
  await dialog.getByRole('checkbox', { name: 'Chia sẻ cho mọi người' }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await logout(page);
  await login(page, 'staff2@sen.local');
  await page.goto('/products');
  await expect(search).toHaveValue('');
  await page.getByRole('button', { name: /^Giao diện danh sách/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(`Hàng ${tag}`) }).click();
  await expect(search).toHaveValue(`may loc nuoc ${tag}`);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText(`B${tag}`);
});
