import type { Args, CoreMethodName, Result } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { CallContext, CoreState, OpenRegistry } from './context';

export type Handler<N extends CoreMethodName> = (
  args: Args<N>,
  ctx: CallContext,
) => Result<N> | Promise<Result<N>>;

/** Every engine method, each with its handler: the compiler checks none is missing. */
export type Handlers = { [N in CoreMethodName]: Handler<N> };

/** A feature contributes the handlers of its methods. */
export type FeatureHandlers<N extends CoreMethodName> = (state: CoreState) => { [K in N]: Handler<K> };

export function requireRegistry(state: CoreState): OpenRegistry {
  if (!state.registry) {
    throw new AppError('no_file', 'Файл реестра не открыт. Откройте файл реестра или демонстрационный регион.');
  }
  return state.registry;
}
