import { z } from 'zod';
import type { RegistryInfo } from '../../domain/types';
import { emptyArgs, method, pathSchema } from '../method';

export interface AppStatus {
  info: RegistryInfo | null;
  /** Where the demo region lives (or will be written) for this host. */
  demoPath: string;
  /** Which host serves the engine. */
  mode: 'desktop' | 'browser' | 'cli';
  /** Files opened recently, newest first (kept in the host's data folder). */
  recent: string[];
}

export const registryMethods = {
  'app.status': method<AppStatus>()(emptyArgs),
  'registry.open': method<RegistryInfo>()(z.object({ path: pathSchema }).strict()),
  'registry.create': method<RegistryInfo>()(z.object({ path: pathSchema }).strict()),
  'registry.openDemo': method<RegistryInfo>()(z.object({ regenerate: z.boolean().default(false) }).strict()),
  'registry.close': method<null>()(emptyArgs),
  'registry.info': method<RegistryInfo>()(emptyArgs),
  // Served by the host, not the engine: the desktop app shows a native dialog and then opens
  // or creates the chosen file; the browser host, which has no dialogs, refuses with a message.
  'host.fileDialog': method<RegistryInfo | null>()(z.object({ mode: z.enum(['open', 'create']) }).strict()),
  'jobs.cancel': method<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1) }).strict()),
} as const;
