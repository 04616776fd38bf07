import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build makes everything that runs: the Electron main process, the engine's worker thread,
// the browser-mode host and the CLI (all Node), the sandboxed preload, and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'core-worker': resolve(__dirname, 'electron/core/host/worker.ts'),
          'import-worker': resolve(__dirname, 'electron/core/import/rows/worker.ts'),
          'checkpoint-worker': resolve(__dirname, 'electron/core/db/checkpoint-worker.ts'),
          'web-host': resolve(__dirname, 'electron/web/main.ts'),
          cli: resolve(__dirname, 'electron/cli/main.ts'),
        },
        // The CLI is package.json's `bin`: it must start with a shebang.
        output: { banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
