import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
// @ts-expect-error -- a plain .mjs script shared with the start script; it has no types.
import { electronStatus } from '../../scripts/electron-status.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const status = electronStatus() as { ok: boolean; reason: string };

test.describe('desktop app (Electron)', () => {
  test.skip(!status.ok, `Electron не может запуститься здесь: ${status.reason}`);

  test('opens the demo region from the start screen', async () => {
    const app = await electron.launch({ args: [ROOT], cwd: ROOT });
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Открыть демонстрационный регион' }).click();
    await expect(page.getByTestId('status-bar')).toContainText('Демонстрационный регион.profreestr', { timeout: 60_000 });
    await expect(page.getByTestId('org-tree')).toContainText('областная организация Профсоюза');
    await expect(page.getByTestId('members-grid').locator('.ag-row').first()).toBeVisible();
    const web = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getLastWebPreferences());
    expect(web).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'registry-electron.png') });
    await app.close();
  });
});
