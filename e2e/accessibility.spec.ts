import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphql, login } from './support';

/**
 * WCAG 2.1 AA as axe-core checks it (issue 20.1): no critical or serious finding on the login page,
 * on every page of the navigation and on the detail pages, in Vietnamese; one test a page, so a
 * failure names its page and each rule with the elements it found.
 */
const PAGES = [
  '/customers',
  '/contacts',
  '/activities',
  '/products',
  '/opportunities',
  '/quotes',
  '/orders',
  '/contracts',
  '/invoices',
  '/receipts',
  '/debts',
  '/campaigns',
  '/care-cards',
  '/reports/overview',
  '/reports/kpi',
  '/reports/tasks',
  '/settings/users',
  '/settings/parameters',
  '/settings/company',
  '/settings/numbering',
  '/settings/categories',
  '/settings/duplicates',
  '/settings/logs',
];

async function findings(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Named by rule and element, so a failure says what to fix.
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('the login page has no critical or serious accessibility finding', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  expect(await findings(page)).toEqual([]);
});

for (const path of PAGES) {
  test(`${path} has no critical or serious finding`, async ({ page }) => {
    test.setTimeout(120_000);
    await login(page);
    await page.goto(path);
    await settled(page);
    expect(await findings(page)).toEqual([]);
  });
}

test('a customer’s and a campaign’s detail pages have no critical or serious finding', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page);
  const { customers } = await graphql(page, '{ customers(first: 1) { nodes { id } } }');
  const { campaigns } = await graphql(page, '{ campaigns(first: 1) { nodes { id } } }');
  const problems: Record<string, unknown> = {};
  for (const path of [`/customers/${customers.nodes[0].id}`, `/campaigns/${campaigns.nodes[0].id}`]) {
    await page.goto(path);
    await settled(page);
    const found = await findings(page);
    if (found.length > 0) {
      problems[path] = found;
    }
  }
  expect(problems).toEqual({});
});
