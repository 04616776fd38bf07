import type { RegistryInfo } from '../domain/types';

export type PageCommand = 'page.registry' | 'page.quality' | 'page.analysis' | 'page.documents';
export type MenuCommand =
  | { command: PageCommand | 'file.open' | 'file.create' | 'file.openDemo' | 'file.close' }
  | { command: 'file.import' | 'file.export' | 'file.templates' }
  | { command: 'file.openRecent'; path: string };

/** Events the engine pushes to the UI. */
export interface ApiEvents {
  /** Progress of a long call; jobId is the one the caller passed with the call. */
  'job.progress': { jobId: string; title: string; done: number; total: number | null };
  /** The open file changed (opened, closed, re-read) from outside the page, e.g. the menu. */
  'registry.changed': { info: RegistryInfo | null };
  /** The open file's data changed (an edit, an import, a fix): fresh figures for the status bar. */
  'registry.updated': { info: RegistryInfo };
  /**
   * A command from the desktop app's menu. The page carries it out itself, so that progress,
   * errors and confirmations look the same whether they start from the menu or from a button.
   */
  'menu.command': MenuCommand;
}
export type EventName = keyof ApiEvents;
export const EVENT_NAMES: readonly EventName[] = ['job.progress', 'registry.changed', 'registry.updated', 'menu.command'];

/** One event; a union over names, so checking `name` narrows `payload`. */
export type EventMessage<E extends EventName = EventName> = E extends EventName ? { name: E; payload: ApiEvents[E] } : never;
