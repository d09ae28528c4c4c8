import { expect, test } from '@playwright/test';
import { graphql, login, unique } from './support';

// a large export runs in the background with a progress bar, survives leaving the page, and
// the file arrives from the notification.
test('a large customer export shows progress, the page is left, and the download comes from the notification', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page);
  const prefix = unique('Zbg');
  const rows = 2100;
  const csv = ['Tên khách hàng']
    .concat(Array.from({ length: rows }, (_, i) => `${prefix} ${String(i).padStart(4, '0')}`))
    .join('\n');
  const uploaded = await page.request.post('/files/import/customers', {
    multipart: { file: { name: 'khach-hang.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(uploaded.status()).toBe(201);
  const { jobId } = (await uploaded.json()) as { jobId: string };
  await graphql(page, 'mutation($id: ID!) { runImport(jobId: $id, mode: CREATE_ONLY) { status } }', {
    id: jobId,
  });
  await expect
    .poll(
      async () =>
        (await graphql(page, 'query($id: ID!) { importJob(id: $id) { status created } }', { id: jobId }))
          .importJob,
      { timeout: 120_000, intervals: [1000] },
    )
    .toEqual({ status: 'DONE', created: rows });

  await page.goto(`/customers`);
  await page.getByRole('searchbox').first().fill(prefix);
  await expect(page.getByText(/2\.100/).first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Xuất khẩu' }).click();
  await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();

  // The notification names the file and shows the progress (or is already done on a fast machine).
  const notice = page.getByRole('alert').filter({ hasText: /khach-hang-.*\.xlsx/ });
  await expect(notice).toBeVisible();
  await expect(notice.getByText(/Đang xuất .*\/2100 dòng|Đã xuất xong 2100 dòng/)).toBeVisible();

  // Leave the page: the notification stays and turns into the download.
  await page.getByRole('link', { name: 'Liên hệ' }).first().click();
  await expect(page).toHaveURL(/\/contacts/);
  await expect(notice.getByText('Đã xuất xong 2100 dòng.')).toBeVisible({ timeout: 60_000 });
  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Tải xuống' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^khach-hang-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(notice).toBeHidden();

  // The file is the list as the user saw it.
  const jobs = await graphql(page, '{ exportJobs { status processedRows totalRows } }');
  expect(jobs.exportJobs[0]).toEqual({ status: 'DONE', processedRows: rows, totalRows: rows });
});
