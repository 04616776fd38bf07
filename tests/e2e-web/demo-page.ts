import { expect, type Page } from '@playwright/test';
import type { openBrowser, RunningHost } from './host';

/**
 * A page on the browser host with the demo region shown on the registry page (as a user first
 * sees it), collecting page errors and console errors for the test to check at the end.
 */
export async function openDemoPage(browser: Awaited<ReturnType<typeof openBrowser>>, host: RunningHost): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(host.url);
  await expect(page.getByTestId('status-bar')).toContainText('Демонстрационный регион.profreestr');
  await expect(page.getByTestId('org-tree')).toContainText('районная организация Профсоюза');
  return { page, problems };
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name }).click();
}
