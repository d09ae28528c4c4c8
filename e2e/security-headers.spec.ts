import { expect, test, type Page } from '@playwright/test';
import { login } from './support';

/** Every CSP violation the page reports: its console errors, and the DOM's own event. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      /Content Security Policy|Content-Security-Policy/i.test(message.text())
    ) {
      violations.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) {
      violations.push(error.message);
    }
  });
  // Registered before any page script: reported through the console as well.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test('the web app and GraphiQL run under a strict Content-Security-Policy with no violation', async ({
  page,
}) => {
  const violations = watchViolations(page);
  const policies = new Map<string, { csp: string; permissions: string }>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') {
      const headers = response.headers();
      policies.set(new URL(response.url()).pathname, {
        csp: headers['content-security-policy'] ?? '',
        permissions: headers['permissions-policy'] ?? '',
      });
    }
  });

  await login(page);
  // The overview's charts, a list, then full loads of deep links (the server's page answer).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Khách hàng', exact: true }).first().click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/settings/parameters');
  await expect(page.getByRole('heading', { name: 'Tham số hệ thống', level: 1 })).toBeVisible();
  await page.goto('/settings/company');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/graphql');
  await expect(page).toHaveTitle(/GraphiQL/);
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ me { email');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"email": "admin@sen.local"');

  expect(violations).toEqual([]);

  const app = policies.get('/login');
  expect(app?.csp).toContain("script-src 'self'");
  expect(app?.csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(app?.csp).toContain("object-src 'none'");
  expect(app?.csp).toContain("base-uri 'self'");
  expect(app?.csp).toContain("frame-ancestors 'none'");
  expect(app?.permissions).toContain('camera=()');
  expect(app?.permissions).toContain('geolocation=()');
  expect(policies.get('/settings/parameters')?.csp).toBe(app?.csp);

  // GraphiQL's looser font rule is its page's alone.
  const graphiql = policies.get('/graphql');
  expect(graphiql?.csp).toContain("script-src 'self'");
  expect(graphiql?.csp).toContain("frame-ancestors 'none'");
  expect(graphiql?.csp).toMatch(/font-src 'self' data:/);
  expect(app?.csp).toMatch(/font-src 'self'(;|$)/);
  expect(graphiql?.permissions).toBe(app?.permissions);
});

test('an inline script is refused by the policy (the policy is enforced, not only sent)', async ({
  page,
}) => {
  const violations = watchViolations(page);
  await page.goto('/login');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.appendChild(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
