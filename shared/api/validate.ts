import { AppError } from './errors';
import { api, isMethodName, type Args, type MethodName } from './contract';

/** Checks a method name and its raw arguments; throws AppError with a Russian message. */
export function parseCall(name: unknown, rawArgs: unknown): { name: MethodName; args: Args<MethodName> } {
  if (!isMethodName(name)) {
    throw new AppError('unknown_method', `Неизвестная команда: ${String(name)}`);
  }
  const parsed = api[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => {
        const where = issue.path.length > 0 ? `поле «${issue.path.join('.')}»: ` : '';
        return where + issue.message;
      })
      .join('; ');
    throw new AppError('bad_args', `Неверные данные для команды «${name}»: ${details}`);
  }
  return { name, args: parsed.data as Args<MethodName> };
}
