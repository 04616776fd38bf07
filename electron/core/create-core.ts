import type { ArgsIn, CoreMethodName, MethodName, Result } from '../../shared/api/contract';
import { HOST_METHODS } from '../../shared/api/contract';
import { AppError, type Envelope } from '../../shared/api/errors';
import { parseCall } from '../../shared/api/validate';
import type { CallContext, CoreOptions, CoreState, OpenRegistry } from './context';
import type { Handler, Handlers } from './handlers';
import { documentHandlers } from './documents/handlers';
import { editHandlers } from './edit/handlers';
import { exportHandlers } from './export/handlers';
import { importHandlers } from './import/handlers';
import { indicatorHandlers } from './indicators/handlers';
import { memberHandlers } from './members/handlers';
import { orgHandlers } from './orgs/handlers';
import { qualityHandlers } from './quality/handlers';
import { closeRegistry, registryHandlers } from './registry/handlers';
import { registryInfo } from './registry/info';
import { toErrorData } from './errors';

export interface Core {
  /** Validates and runs one call from any host; never throws. */
  call(name: unknown, rawArgs: unknown, jobId?: string | null): Promise<Envelope<unknown>>;
  /** Typed call for in-process use (CLI, tests): resolves the result or throws AppError. */
  invoke<N extends CoreMethodName>(name: N, args: ArgsIn<N>, jobId?: string | null): Promise<Result<N>>;
  readonly state: CoreState;
  close(): void;
}

/** Rows written through this connection since it opened (SQLite's total_changes()). */
function totalChanges(reg: OpenRegistry): number {
  return reg.db.prepare('SELECT total_changes()').pluck().get() as number;
}

/** The engine: every feature's handlers over one open registry. Never imports electron. */
export function createCore(options: CoreOptions): Core {
  const state: CoreState = { options, registry: null };
  const jobs = new Map<string, AbortController>();

  const handlers: Omit<Handlers, 'jobs.cancel'> = {
    ...registryHandlers(state),
    ...orgHandlers(state),
    ...memberHandlers(state),
    ...editHandlers(state),
    ...indicatorHandlers(state),
    ...documentHandlers(state),
    ...qualityHandlers(state),
    ...importHandlers(state),
    ...exportHandlers(state),
  };
  const cancel: Handler<'jobs.cancel'> = ({ jobId }) => {
    const job = jobs.get(jobId);
    job?.abort();
    return { cancelled: job !== undefined };
  };
  const all: Handlers = { ...handlers, 'jobs.cancel': cancel };

  async function run(name: unknown, rawArgs: unknown, jobId: string | null): Promise<unknown> {
    const call = parseCall(name, rawArgs);
    if ((HOST_METHODS as readonly MethodName[]).includes(call.name)) {
      throw new AppError('unknown_method', 'Эта команда доступна только в настольной программе.');
    }
    const controller = new AbortController();
    if (jobId) jobs.set(jobId, controller);
    const ctx: CallContext = {
      jobId,
      signal: controller.signal,
      progress: (title, done, total) => {
        if (jobId) options.emit?.('job.progress', { jobId, title, done, total });
      },
    };
    const before = state.registry;
    const changesBefore = before ? totalChanges(before) : 0;
    try {
      const handler = all[call.name as CoreMethodName] as Handler<CoreMethodName>;
      const result = await handler(call.args as never, ctx);
      // Whatever wrote to the same open file (edit, import, fix) refreshes the status bar.
      if (before && state.registry === before && totalChanges(before) !== changesBefore) {
        options.emit?.('registry.updated', { info: registryInfo(before) });
      }
      return result;
    } finally {
      if (jobId) jobs.delete(jobId);
    }
  }

  return {
    state,
    async call(name, rawArgs, jobId = null) {
      try {
        return { ok: true, result: await run(name, rawArgs, jobId) };
      } catch (err) {
        return { ok: false, error: toErrorData(err) };
      }
    },
    async invoke(name, args, jobId = null) {
      return (await run(name, args, jobId)) as never;
    },
    close() {
      for (const job of jobs.values()) job.abort();
      closeRegistry(state);
    },
  };
}
