// Takes the README's screenshots from a running demo instance (`pnpm start`), in Vietnamese, at a
// laptop's 1440 px and a phone's 390 px, so they show the app as it is today:
//   BASE_URL=http://localhost:4000 node scripts/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:4000';
const OUT = new URL('../docs/screenshots/', import.meta.url);
const ADMIN = process.env.SEN_ADMIN_EMAIL ?? 'admin@sen.local';
const MANAGER = 'manager@sen.local';
const PASSWORD = process.env.SEN_ADMIN_PASSWORD ?? 'sen-demo-2026';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Who signs in (none for the login page), which page, the viewport, what to open and wait for. */
const SHOTS = [
  { name: 'login-phone', path: '/login', viewport: PHONE, user: null, ready: ['button', 'Đăng nhập'] },
  {
    name: 'dashboard',
    path: '/reports/overview',
    viewport: DESKTOP,
    user: MANAGER,
    ready: ['heading', 'Báo cáo'],
  },
  { name: 'customers', path: '/customers', viewport: DESKTOP, user: ADMIN, ready: ['heading', 'Khách hàng'] },
  {
    name: 'customer-detail',
    path: '/customers',
    viewport: DESKTOP,
    user: ADMIN,
    open: ['link', 'Công ty cổ phần sản xuất nhựa PC'],
    ready: ['heading', 'Công ty cổ phần sản xuất nhựa PC'],
  },
  {
    name: 'customers-phone',
    path: '/customers',
    viewport: PHONE,
    user: ADMIN,
    ready: ['heading', 'Khách hàng'],
  },
  {
    name: 'activities',
    path: '/activities',
    viewport: DESKTOP,
    user: MANAGER,
    open: ['tab', 'Tất cả'],
    ready: ['heading', 'Giao dịch'],
  },
  {
    name: 'opportunities',
    path: '/opportunities',
    viewport: DESKTOP,
    user: MANAGER,
    ready: ['list', 'Bảng cơ hội theo giai đoạn'],
  },
  { name: 'invoices', path: '/invoices', viewport: DESKTOP, user: ADMIN, ready: ['heading', 'Hóa đơn'] },
  {
    name: 'opportunities-phone',
    path: '/opportunities',
    viewport: PHONE,
    user: MANAGER,
    ready: ['list', 'Bảng cơ hội theo giai đoạn'],
  },
  {
    name: 'campaign',
    path: '/campaigns',
    viewport: DESKTOP,
    user: MANAGER,
    open: ['link', 'Hội thảo giới thiệu sản phẩm mới'],
    ready: ['heading', 'Hội thảo giới thiệu sản phẩm mới'],
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
await mkdir(OUT, { recursive: true });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      baseURL: BASE_URL,
      viewport: shot.viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    if (shot.user) {
      await page.goto('/login');
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill(shot.user);
      await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    }
    await page.goto(shot.path);
    if (shot.open) {
      await page.getByRole(shot.open[0], { name: shot.open[1], exact: true }).first().click();
    }
    await page.getByRole(shot.ready[0], { name: shot.ready[1], exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Charts and the table overlay fade in: let them settle.
    await page.waitForTimeout(800);
    await page.screenshot({ path: new URL(`${shot.name}.png`, OUT).pathname });
    console.log(`docs/screenshots/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
}
