import { expect, test } from '@playwright/test';
import { graphql, login, unique } from './support';

/** Today's calendar day in Vietnam (the reminders' day, whatever the machine's zone). */
function vietnamToday(): { y: number; m: number; d: number } {
  const [y, m, d] = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10).split('-').map(Number);
  return { y, m, d };
}
const pad = (n: number) => String(n).padStart(2, '0');

test('an employee birthday this month shows in the reminders panel; one last month does not (REM-01)', async ({
  page,
}) => {
  await login(page);
  const tag = unique('sn');
  const { m, d } = vietnamToday();
  const lastMonth = m === 1 ? 12 : m - 1;
  const thisMonthName = `Lê Thị Sinh Nhật ${tag}`;
  const lastMonthName = `Trần Văn Tháng Trước ${tag}`;
  const create = (name: string, email: string, birthday: string) =>
    graphql(page, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { name, email, password: 'mat-khau-123', role: 'STAFF', birthday },
    });
  await create(thisMonthName, `${tag}.a@sen.local`, `1990-${pad(m)}-${pad(d)}`);
  await create(lastMonthName, `${tag}.b@sen.local`, `1991-${pad(lastMonth)}-${pad(Math.min(d, 28))}`);

  await page.reload();
  await page.getByRole('button', { name: /^Nhắc nhở \(\d+\)$/ }).click();
  const panel = page.getByRole('region', { name: 'Nhắc nhở' });
  const birthdays = panel.getByRole('region', { name: 'Sinh nhật nhân viên' });
  await expect(birthdays).toContainText(thisMonthName);
  await expect(birthdays).toContainText(`${pad(d)}/${pad(m)}/`);
  await expect(panel).not.toContainText(lastMonthName);
});
