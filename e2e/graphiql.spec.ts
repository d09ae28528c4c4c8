import { expect, test } from '@playwright/test';
import { login } from './support';

test('serves an offline GraphiQL at /graphql that queries with the session token', async ({
  page,
  baseURL,
}) => {
  // Whatever port the run uses (E2E_PORT): only the app's own origin may be asked for anything.
  const origin = new URL(baseURL!).origin;
  const external: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) {
      external.push(request.url());
    }
  });
  await login(page);
  await page.goto('/graphql');
  await expect(page).toHaveTitle(/GraphiQL/);

  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ me { email role');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"email": "admin@sen.local"');
  expect(external).toEqual([]);
});
