// The registry page of the built app on the small known region (tests/fixtures/small-region.ts),
// a fresh file per test, and read-only looks into that file for the checks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { writeSmallRegion } from '../fixtures/small-region';
import { useHost } from './host';

export type DbRow = Record<string, unknown>;

export interface SmallRegionSession {
  /** A page with the whole registry shown: rows, by FIO, Ёлкина … Черных. */
  open(): Promise<{ page: Page; grid: Locator }>;
  db<T>(read: (d: BetterSqlite3.Database) => T): T;
  member(surname: string): DbRow;
  actions(): number;
}

/** Registers the hooks of a spec file: each test gets its own file, host and browser. */
export function useSmallRegion(options: { clipboard?: boolean } = {}): SmallRegionSession {
  let dir: string;
  let file: string;

  test.beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profreestr-editing-'));
    file = path.join(dir, 'Тест.profreestr');
    writeSmallRegion(file).close();
  });
  const env = useHost({ each: true, args: () => ['--file', file] });
  test.beforeEach(async () => {
    if (options.clipboard) {
      await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.host.url).origin });
    }
  });
  test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function db<T>(read: (d: BetterSqlite3.Database) => T): T {
    const d = new BetterSqlite3(file, { readonly: true });
    try {
      return read(d);
    } finally {
      d.close();
    }
  }

  return {
    db,
    member: (surname) => db((d) => d.prepare('SELECT * FROM members WHERE surname = ?').get(surname) as DbRow),
    actions: () => db((d) => d.prepare('SELECT count(*) FROM actions').pluck().get() as number),
    async open() {
      const page = await env.browser.context.newPage();
      // Wide enough for the tree and the grid's default columns side by side.
      await page.setViewportSize({ width: 2200, height: 1000 });
      await page.goto(env.host.url);
      const grid = page.getByTestId('members-grid');
      await expect(grid.locator('.ag-row[row-index="5"]')).toContainText('Черных');
      return { page, grid };
    },
  };
}

export const cell = (grid: Locator, row: number, col: string) => grid.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);

/** Types into a grid cell as a user does: F2, select all, type, Enter. */
export async function typeInto(page: Page, target: Locator, text: string) {
  await target.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
