import type { Args } from '../../../shared/api/contract';
import type { CallContext, CoreState } from '../context';
import { requireRegistry, type FeatureHandlers } from '../handlers';
import { inspectImport } from './inspect';
import { commitImport, previewImport, type ImportArgs, type ImportHooks } from './run-import';
import { saveTemplate } from './templates';

const hooks = (ctx: CallContext, state: CoreState): ImportHooks => ({
  signal: ctx.signal,
  progress: ctx.progress,
  rowsWorker: state.options.workers?.importRows ?? null,
  checkpoint: state.options.workers?.checkpoint ? { script: state.options.workers.checkpoint, nativeBinding: state.options.nativeBinding } : null,
});

function importArgs(args: Args<'import.preview'> | Args<'import.commit'>): ImportArgs {
  return { path: args.path, sheet: args.sheet, kind: args.kind, mapping: args.mapping, asOf: args.asOf };
}

export const importHandlers: FeatureHandlers<'import.inspect' | 'import.preview' | 'import.commit' | 'import.saveTemplate'> = (state) => ({
  'import.inspect': (args) => inspectImport(state.registry?.db ?? null, args),
  'import.preview': (args, ctx) => previewImport(requireRegistry(state), importArgs(args), hooks(ctx, state)),
  'import.commit': (args, ctx) =>
    commitImport(
      requireRegistry(state),
      { ...importArgs(args), removeMissing: args.removeMissing, fingerprint: args.fingerprint },
      hooks(ctx, state),
    ),
  'import.saveTemplate': async ({ kind, path }) => ({ path: await saveTemplate(kind, path) }),
});
