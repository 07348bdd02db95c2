import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { App } from '../../src/app';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches out to the network. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}. Install Debian's package: apt-get install chromium`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** WCAG 2.1 A and AA violations on the page, as "rule: target" lines for a readable failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

/**
 * Presses Tab until the element has focus, as a keyboard user would reach it; fails if the
 * element is not in the tab order within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

/**
 * A file's browser tests share one app, served on a free port, and one browser page. `start`
 * makes the app with what the file needs; `ready` receives the address and the page. If the
 * browser cannot start, every test fails with the reason rather than the file being skipped.
 */
export function servedInBrowser(
  start: () => Promise<App>,
  ready: (session: { base: string; page: Page }) => void,
  options: { clearCookies?: boolean } = {},
): void {
  let app: App | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let launchFailure: Error | null = null;
  beforeAll(async () => {
    app = await start();
    const base = await app.server.listen({ port: 0, host: '127.0.0.1' });
    try {
      browser = await launchBrowser();
    } catch (error) {
      launchFailure = error as Error;
      return;
    }
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // A step that cannot happen should fail with its own message, well before the test's timeout.
    page.setDefaultTimeout(5_000);
    ready({ base, page });
  }, 60_000);
  beforeEach(async () => {
    if (launchFailure) throw launchFailure;
    if (options.clearCookies !== false) await browser!.context.clearCookies();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}

/** Signs in with the keyboard alone, as a screen reader or keyboard user would. */
export async function signInByKeyboard(page: Page, base: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await tabTo(page, page.locator('#email'));
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await Promise.all([page.waitForURL(`${base}/staff`), page.keyboard.press('Enter')]);
}
