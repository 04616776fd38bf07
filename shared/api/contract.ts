// The API between the UI and the engine, written once. Every host (Electron IPC, the browser-mode
// HTTP host, the CLI, tests) validates arguments with these schemas before a handler runs.
import { z } from 'zod';
import type {
  MemberRow,
  OrgTreeNode,
  Organization,
  RegistryInfo,
} from '../domain/types';

z.config(z.locales.ru());

/** Declares a method: its argument schema and (as a phantom) its result type. */
function method<R>() {
  return <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });
}

const id = z.number().int().positive();
const path = z.string().trim().min(1, 'Укажите путь к файлу');
const empty = z.object({}).strict();

export const MEMBER_SORT_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'category',
  'cardStatus',
  'joinedOn',
  'registeredOn',
  'orgName',
] as const;

export interface AppStatus {
  info: RegistryInfo | null;
  /** Where the demo region lives (or will be written) for this host. */
  demoPath: string;
  /** Which host serves the page: the desktop app or the local browser mode. */
  mode: 'desktop' | 'browser' | 'cli';
  /** Files opened recently, newest first (kept in the host's data folder). */
  recent: string[];
}

export interface MemberPage {
  rows: MemberRow[];
  total: number;
}

export const api = {
  'app.status': method<AppStatus>()(empty),
  'registry.open': method<RegistryInfo>()(z.object({ path }).strict()),
  'registry.create': method<RegistryInfo>()(z.object({ path }).strict()),
  'registry.openDemo': method<RegistryInfo>()(
    z.object({ regenerate: z.boolean().default(false) }).strict(),
  ),
  'registry.close': method<null>()(empty),
  'registry.info': method<RegistryInfo>()(empty),
  'orgs.tree': method<OrgTreeNode[]>()(empty),
  'orgs.get': method<Organization>()(z.object({ id }).strict()),
  'members.list': method<MemberPage>()(
    z
      .object({
        orgId: id.nullable().default(null),
        subtree: z.boolean().default(true),
        includeRemoved: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(200),
        sort: z
          .array(z.object({ field: z.enum(MEMBER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) }))
          .max(5)
          .default([]),
      })
      .strict(),
  ),
  // Served by the host, not the engine: the desktop app shows a native dialog and then opens
  // or creates the chosen file; the browser host, which has no dialogs, refuses with a message.
  'host.fileDialog': method<RegistryInfo | null>()(z.object({ mode: z.enum(['open', 'create']) }).strict()),
  'jobs.cancel': method<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1) }).strict()),
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
export const HOST_METHODS = ['host.fileDialog'] as const satisfies readonly MethodName[];
export type HostMethodName = (typeof HOST_METHODS)[number];
export type CoreMethodName = Exclude<MethodName, HostMethodName>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
