import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e-web/**/*.spec.ts', 'e2e-electron/**/*.spec.ts'],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  outputDir: 'test-results/playwright',
  use: { trace: 'retain-on-failure' },
});
