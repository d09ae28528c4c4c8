import { expect as baseExpect, test } from '@playwright/test';
import { graphql, login } from './support';

// A shared, loaded machine: the lazy screens take their time.
const expect = baseExpect.configure({ timeout: 30_000 });

const LISTS = [
  'customers',
  'campaigns',
  'activities',
  'quotes',
  'contracts',
  'orders',
  'invoices',
  'receipts',
];

test('every record page has a "Trở về" to its list (issue 20.7)', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page);
  const first = await graphql<Record<string, { nodes: { id: string }[] }>>(
    page,
    `{ ${LISTS.map((l) => `${l}(first: 1) { nodes { id } }`).join(' ')} }`,
  );
  for (const list of LISTS) {
    const id = first[list].nodes[0]?.id;
    expect(id, `the demo data has ${list}`).toBeTruthy();
    await page.goto(`/${list}/${id}`);
    const back = page.getByRole('link', { name: 'Trở về' });
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${list}$`));
  }
});

test('a record that is not there says so and leads back to its list (issue 20.7)', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page);
  const missing = '00000000-0000-4000-8000-000000000000';
  for (const [path, list, message] of [
    [`/customers/${missing}`, '/customers', 'Không tìm thấy khách hàng'],
    [`/customers/${missing}/edit`, '/customers', 'Không tìm thấy khách hàng'],
    [`/activities/${missing}`, '/activities', null],
    [`/campaigns/${missing}`, '/campaigns', null],
    [`/quotes/${missing}`, '/quotes', null],
    [`/contracts/${missing}`, '/contracts', null],
    [`/orders/${missing}`, '/orders', null],
    [`/invoices/${missing}`, '/invoices', null],
    [`/receipts/${missing}/edit`, '/receipts', null],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(message ?? /^(Không tìm thấy|Báo giá không tồn tại)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    const back = page.getByRole('link', { name: 'Trở về' });
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(new RegExp(`${list}$`));
  }
});
