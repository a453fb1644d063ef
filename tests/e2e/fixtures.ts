import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';
export const ACCOUNTS = {
  expert: 'expert@demo.ru',
  organizer: 'organizer@demo.ru',
  coordinator: 'coordinator@demo.ru',
  chair: 'chair@demo.ru',
} as const;

interface Fixtures {
  /** Fails the test on any CSP violation or uncaught page error. */
  guardedPage: Page;
}

export const test = base.extend<Fixtures>({
  guardedPage: async ({ page, request }, use) => {
    // Every test starts from the same demo data on the shared mock server.
    const reset = await request.post('/api/v1/__mock/reset', { data: { preset: 'demo' } });
    expect(reset.ok()).toBe(true);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
}

/** WCAG 2.2 A/AA violations on the current page, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
