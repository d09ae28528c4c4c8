import { expect, test, type Page } from '@playwright/test';
import { login, unique } from './support';

/**
 * Issue 20.4–20.6: every main screen is usable on a 390 × 844 phone and fits a 1440 px laptop
 * (what is wider scrolls inside its own box, never the page), empty lists say what goes there,
 * and money is typed as Vietnamese write it.
 */
const MAIN_PAGES = [
  '/customers',
  '/customers/new',
  '/contacts',
  '/activities',
  '/products',
  '/opportunities',
  '/quotes',
  '/quotes/new',
  '/orders',
  '/contracts',
  '/invoices',
  '/receipts',
  '/receipts/new',
  '/debts',
  '/campaigns',
  '/campaigns/new',
  '/care-cards',
  '/reports/overview',
  '/settings/users',
  '/settings/logs',
];

/** The labelled row action of the customer list ("Thêm giao dịch nhanh", seed 000). */
const QUICK = /^Thêm giao dịch nhanh: /;

/** The page's own width: nothing may make the whole page scroll sideways. */
async function expectNoPageOverflow(page: Page, path: string) {
  await page.goto(path);
  // A busy machine may take a while to load a screen's code the first time.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const width = page.viewportSize()!.width;
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: path })
    .toBeLessThanOrEqual(width);
}

async function firstCustomerPath(page: Page): Promise<string> {
  await page.goto('/customers');
  const link = page.getByRole('table', { name: 'Danh sách khách hàng' }).getByRole('link').first();
  const href = await link.getAttribute('href');
  return href!;
}

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no main page, detail page or form scrolls sideways', async ({ page }) => {
    test.setTimeout(270_000); // twenty-one pages, each loaded with its data
    await login(page);
    const detail = await firstCustomerPath(page);
    for (const path of [...MAIN_PAGES, detail]) {
      await expectNoPageOverflow(page, path);
    }
  });

  test('the burger opens the navigation, and a link closes it on the page it opens', async ({ page }) => {
    await login(page);
    await page.goto('/customers');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const contacts = nav.getByRole('link', { name: 'Liên hệ', exact: true });
    await expect(contacts).not.toBeInViewport();

    await page.getByRole('button', { name: 'Mở menu' }).click();
    await expect(contacts).toBeInViewport();
    await contacts.click();
    await expect(page).toHaveURL(/\/contacts$/);
    await expect(page.getByRole('heading', { name: 'Liên hệ', level: 1 })).toBeVisible();
    await expect(contacts).not.toBeInViewport();
  });

  test('the customer list shows its rows, the main action and the others in one sheet', async ({ page }) => {
    await login(page);
    await page.goto('/customers');
    const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
    await expect(table.getByRole('row')).not.toHaveCount(1);
    await expect(table.getByRole('link').first()).toBeVisible();
    // The row's quick activity stays reachable while the table scrolls in its box.
    await expect(table.getByRole('button', { name: QUICK }).first()).toBeInViewport();

    await expect(page.getByRole('link', { name: 'Thêm mới' })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'Nhập khẩu' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Thao tác khác' }).click();
    const sheet = page.getByRole('dialog', { name: 'Thao tác khác' });
    await sheet.getByRole('link', { name: 'Nhập khẩu' }).click();
    await expect(page).toHaveURL(/\/customers\/import$/);
    await expect(sheet).toBeHidden();
  });

  test('a customer is added from the one-column form', async ({ page }) => {
    await login(page);
    const name = unique('Khách điện thoại');
    await page.goto('/customers/new');
    const nameBox = page.getByRole('textbox', { name: 'Tên khách hàng' });
    const phone = page.getByRole('textbox', { name: 'Điện thoại' });
    // One column: the second field sits under the first, as wide as it.
    const [a, b] = [await nameBox.boundingBox(), await phone.boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(Math.abs(b!.x - a!.x)).toBeLessThan(2);

    await nameBox.fill(name);
    // A number no other flow has used: another spec makes phone numbers unique.
    await phone.fill(`09${String(Date.now()).slice(-8)}`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a money input shows 45.000.000 ₫ while 45000000 is typed', async ({ page }) => {
    await login(page);
    await page.goto('/campaigns/new');
    const budget = page.getByRole('textbox', { name: 'Ngân sách' });
    await budget.pressSequentially('45000');
    await expect(budget).toHaveValue('45.000 ₫');
    await budget.pressSequentially('000');
    await expect(budget).toHaveValue('45.000.000 ₫');

    await page.getByRole('button', { name: 'Thêm khoản chi' }).click();
    const amount = page.getByRole('textbox', { name: 'Số tiền' });
    await amount.pressSequentially('1250000');
    await expect(amount).toHaveValue('1.250.000 ₫');
  });
});

test.describe('on a 1440 px laptop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('no main page scrolls sideways, and the quick activity of a row is on screen', async ({ page }) => {
    test.setTimeout(240_000);
    await login(page);
    const detail = await firstCustomerPath(page);
    for (const path of [...MAIN_PAGES, detail]) {
      await expectNoPageOverflow(page, path);
    }
    await page.goto('/customers');
    const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
    await expect(table.getByRole('button', { name: QUICK }).first()).toBeInViewport();
  });

  test('the customer table fits a 1366 and a 1440 px laptop, its quick activity a labelled button', async ({
    page,
  }) => {
    await login(page);
    for (const width of [1366, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/customers');
      const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
      // A busy machine may take a while to load the screen's code the first time.
      await expect(table.getByRole('button', { name: QUICK }).first()).toBeVisible({ timeout: 30_000 });
      // The default columns fit: the table does not scroll sideways inside its box, nor the page.
      const widths = await table.evaluate((t) => ({
        table: t.scrollWidth,
        box: t.parentElement!.clientWidth,
        page: document.documentElement.scrollWidth,
      }));
      expect(widths.table, `table at ${width} px`).toBeLessThanOrEqual(widths.box);
      expect(widths.page, `page at ${width} px`).toBeLessThanOrEqual(width);
      // Each row's action is a button named for what it does and whom, on screen without scrolling.
      const quick = table.getByRole('button', { name: QUICK });
      await expect(quick).toHaveCount(await table.locator('tbody tr').count());
      await expect(quick.first()).toBeInViewport({ ratio: 1 });
      await expect(table.getByRole('columnheader', { name: 'Giao dịch nhanh' })).toBeVisible();
    }
  });

  test('a search that matches nothing says so and offers to clear it', async ({ page }) => {
    await login(page);
    await page.goto('/customers');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('không-có-khách-nào-như-thế');
    const table = page.getByRole('table', { name: 'Danh sách khách hàng' });
    await expect(table.getByText('Không có khách hàng nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();
    await table.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('');
    await expect(table.getByRole('button', { name: QUICK }).first()).toBeVisible();

    await page.goto('/invoices');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('không-có-hóa-đơn-nào');
    await expect(page.getByText('Không có hóa đơn nào khớp tìm kiếm hoặc bộ lọc')).toBeVisible();
  });
});

test('the not-found page says its heading once', async ({ page }) => {
  await login(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 })).toBeVisible();
  await expect(page.getByText('Không tìm thấy trang', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Trang bạn tìm không tồn tại.')).toBeVisible();
});
