import { expect, test, type Page } from '@playwright/test';
import { graphql, login, MANAGER, userId } from './support';

const LEVELS = {
  NEW: 'Mới',
  INTERESTED: 'Quan tâm',
  APPROACHED: 'Tiếp cận',
  SIGNED: 'Đã ký',
  PAUSED: 'Tạm ngừng',
  OTHER: 'Khác',
};

/** What a dashboard level tile shows. */
async function tileCount(page: Page, level: string): Promise<string> {
  return ((await page.getByTestId(`level-${level}`).locator('p').nth(1).textContent()) ?? '').trim();
}

test.describe.serial('reports', () => {
  test('a manager lands on the dashboard; the level tile equals the customer list’s tabs', async ({
    page,
  }) => {
    await login(page, MANAGER);
    await expect(page).toHaveURL(/\/reports\/overview$/);
    await expect(page.getByTestId('tile-levels')).toBeVisible();
    const counts: Record<string, string> = {};
    for (const level of Object.keys(LEVELS)) {
      counts[level] = await tileCount(page, level);
    }
    await page.getByTestId('tile-levels').getByRole('link', { name: 'Khách hàng theo mức độ' }).click();
    await expect(page.getByRole('heading', { name: 'Khách hàng', level: 1 })).toBeVisible();
    const tabs = page.getByRole('tablist').first();
    for (const [level, label] of Object.entries(LEVELS)) {
      await expect(
        tabs.getByRole('tab', { name: new RegExp(`^${label}\\s*${counts[level]}$`) }),
      ).toBeVisible();
    }
  });

  test('a KPI target set in the editor shows 50 % once half of the new customers are made', async ({
    page,
  }) => {
    await login(page, MANAGER);
    await page.goto('/reports/kpi');
    const staff = 'Nguyễn Văn Đức';
    const row = page.getByTestId(`kpi-${staff}-NEW_CUSTOMERS`);
    await expect(row).toBeVisible();
    const actual = Number(((await row.locator('td').nth(3).textContent()) ?? '0').replace(/\./g, ''));
    await page.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: `${staff} – Khách hàng mới` }).fill(String(2 * (actual + 1)));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.locator('td').nth(2)).toHaveText(String(2 * (actual + 1)));

    const owner = await userId(page, 'staff1@sen.local');
    await graphql(page, 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', {
      i: { name: `Công ty KPI ${Date.now()}`, ownerId: owner },
    });
    await page.reload();
    await expect(page.getByTestId(`kpi-${staff}-NEW_CUSTOMERS`).locator('td').nth(4)).toHaveText('50 %');
    await expect(
      page.getByRole('figure', { name: 'Tỷ lệ hoàn thành (%)' }).locator('svg').first(),
    ).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^bao-cao-kpi-\d{4}-\d{2}\.xlsx$/);
  });

  test('a chart with no data says so; task statistics show per assignee', async ({ page }) => {
    await login(page, MANAGER);
    await page.goto('/reports/overview');
    await page.getByRole('textbox', { name: 'Từ ngày' }).fill('01/01/2001');
    await page.getByRole('textbox', { name: 'Đến ngày' }).fill('31/12/2001');
    const revenue = page.getByRole('figure', { name: 'Doanh thu theo tháng' });
    await expect(revenue).toContainText('Chưa có dữ liệu trong khoảng thời gian này.');
    await expect(revenue.locator('svg')).toHaveCount(0);

    await page.getByRole('tab', { name: 'Thống kê công việc' }).click();
    await expect(page).toHaveURL(/\/reports\/tasks$/);
    await expect(page.getByRole('table', { name: 'Thống kê công việc' })).toBeVisible();
  });

  test('looks right at 1440 px and 390 px', async ({ page }) => {
    await login(page, MANAGER);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/reports/overview');
      await expect(page.getByRole('figure', { name: 'Cơ hội theo giai đoạn' })).toBeVisible();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `test-results/reports-${width}.png`, fullPage: true });
    }
  });
});
