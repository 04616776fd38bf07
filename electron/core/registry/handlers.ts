import fs from 'node:fs';
import path from 'node:path';
import type { CoreState } from '../context';
import { openRegistryDb } from '../db/open';
import { DEFAULT_DEMO_OPTIONS, writeDemoRegion } from '../demo';
import { readRecent, rememberRecent } from '../app/recent';
import { requireRegistry, type FeatureHandlers } from '../handlers';
import { registryInfo } from './info';

export function demoPath(state: CoreState): string {
  return path.join(state.options.dataDir, 'Демонстрационный регион.profreestr');
}

function closeRegistry(state: CoreState): void {
  if (!state.registry) return;
  state.registry.db.close();
  state.registry = null;
}

/** Opens a file in place of the current one; the current stays open if the new one fails. */
function switchTo(state: CoreState, filePath: string, create: boolean) {
  const resolved = path.resolve(filePath);
  if (state.registry && state.registry.path === resolved && !create) return registryInfo(state.registry);
  const db = openRegistryDb(resolved, { create, nativeBinding: state.options.nativeBinding });
  closeRegistry(state);
  state.registry = { db, path: resolved };
  const info = registryInfo(state.registry);
  state.options.emit?.('registry.changed', { info });
  return info;
}

export const registryHandlers: FeatureHandlers<
  'app.status' | 'registry.open' | 'registry.create' | 'registry.openDemo' | 'registry.close' | 'registry.info'
> = (state) => ({
  'app.status': () => ({
    info: state.registry ? registryInfo(state.registry) : null,
    demoPath: demoPath(state),
    mode: state.options.mode,
    recent: readRecent(state.options.dataDir),
  }),
  'registry.open': ({ path: filePath }) => {
    const info = switchTo(state, filePath, false);
    if (state.options.keepRecent !== false) rememberRecent(state.options.dataDir, info.path);
    return info;
  },
  'registry.create': ({ path: filePath }) => {
    const info = switchTo(state, filePath, true);
    if (state.options.keepRecent !== false) rememberRecent(state.options.dataDir, info.path);
    return info;
  },
  'registry.openDemo': async ({ regenerate }, ctx) => {
    const target = demoPath(state);
    if (regenerate || !fs.existsSync(target)) {
      if (state.registry?.path === target) closeRegistry(state);
      fs.mkdirSync(state.options.dataDir, { recursive: true });
      await writeDemoRegion(target, DEFAULT_DEMO_OPTIONS, {
        onProgress: (done, total) => ctx.progress('Создание демонстрационного региона', done, total),
        signal: ctx.signal,
        nativeBinding: state.options.nativeBinding,
      });
    }
    return switchTo(state, target, false);
  },
  'registry.close': () => {
    closeRegistry(state);
    state.options.emit?.('registry.changed', { info: null });
    return null;
  },
  'registry.info': () => registryInfo(requireRegistry(state)),
});

export { closeRegistry };
