// The API between the UI and the engine, written once. Every host (Electron IPC, the browser-mode
// HTTP host, the CLI, tests) validates arguments with these schemas before a handler runs.
// Each feature declares its methods in methods/<feature>.ts; this file only joins them.
import type { z } from 'zod';
import { documentMethods } from './methods/documents';
import { editMethods } from './methods/edit';
import { exportMethods } from './methods/export';
import { importMethods } from './methods/import';
import { indicatorMethods } from './methods/indicators';
import { memberMethods } from './methods/members';
import { orgMethods } from './methods/orgs';
import { qualityMethods } from './methods/quality';
import { registryMethods } from './methods/registry';

export type { AppStatus } from './methods/registry';
export { MEMBER_SORT_FIELDS, type MemberPage } from './methods/members';

export const api = {
  ...registryMethods,
  ...orgMethods,
  ...memberMethods,
  ...editMethods,
  ...indicatorMethods,
  ...documentMethods,
  ...qualityMethods,
  ...importMethods,
  ...exportMethods,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** Arguments as a caller may write them (defaults optional). */
export type ArgsIn<N extends MethodName> = z.input<Api[N]['args']>;
/** Arguments as a handler receives them (validated, defaults applied). */
export type Args<N extends MethodName> = z.output<Api[N]['args']>;
export type Result<N extends MethodName> = Api[N]['result'];

export const METHOD_NAMES = Object.keys(api) as MethodName[];

/** Methods a host answers itself; every other method is the engine's. */
export const HOST_METHODS = ['host.fileDialog', 'host.print', 'host.chooseFile'] as const satisfies readonly MethodName[];
export type HostMethodName = (typeof HOST_METHODS)[number];
export type CoreMethodName = Exclude<MethodName, HostMethodName>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
