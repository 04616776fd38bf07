import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronStatus } from '../../scripts/electron-status';

const ROOT = path.resolve(__dirname, '..', '..');
const status = electronStatus();

test.describe('desktop app (Electron)', () => {
  test.skip(!status.ok, `Electron не может запуститься здесь: ${status.reason}`);

  test('opens the demo region from the start screen', async () => {
    const app = await electron.launch({ args: [ROOT], cwd: ROOT });
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Открыть демонстрационный регион' }).click();
    await expect(page.getByTestId('status-bar')).toContainText('Демонстрационный регион.profreestr', { timeout: 60_000 });
    await expect(page.getByTestId('org-tree')).toContainText('областная организация Профсоюза');
    await expect(page.getByTestId('members-grid').locator('.ag-row').first()).toBeVisible();
    // No Node in the page: the checklist's settings are in force in the real window.
    const globals = await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process]);
    expect(globals).toEqual(['undefined', 'undefined']);
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'registry-electron.png') });
    await app.close();
  });
});
