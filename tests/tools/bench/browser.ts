import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM_FLAGS, CHROMIUM_PATH, PASSWORD } from './support';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** A signed-in context (the session cookie set by the real login request) at a laptop's viewport. */
export async function signedInContext(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1366, height: 768 },
  });
  const response = await context.request.post('/api/v1/session', { data: { email, password: PASSWORD } });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()}`);
  return context;
}

/** 4× CPU slowdown through the DevTools protocol, as Lighthouse's mobile preset assumes. */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Fails the run on page errors, so a broken page is never measured as a fast one. */
export function guardPage(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
}
