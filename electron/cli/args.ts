import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLI_TEXT } from './strings';
import { UsageError } from './output';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs errors in Russian (its own messages are English). */
export function parseArgsMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const subject = /'([^']+)'/.exec(err instanceof Error ? err.message : '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Неизвестный параметр «${subject}».`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `У параметра «${subject}» неверное значение: ему нужно значение, или значение не нужно вовсе.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Лишнее слово «${subject}» в командной строке.`;
    default:
      return `Неверная командная строка: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Parses a command's options strictly; unknown options become a Russian usage error. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, json: { type: 'boolean' } }, strict: true, allowPositionals: false })
      .values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string } & { json?: boolean };
  } catch (err) {
    throw new UsageError(`${parseArgsMessage(err)}\n\n${CLI_TEXT.usage}`);
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(CLI_TEXT.missingOption(name));
  return value;
}

export function integerOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(CLI_TEXT.badInteger(name, value, min, max));
  }
  return n;
}
