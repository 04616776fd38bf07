import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLI_TEXT } from './strings';
import { UsageError } from './output';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's options strictly; unknown options become a Russian usage error. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, json: { type: 'boolean' } }, strict: true, allowPositionals: false })
      .values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string } & { json?: boolean };
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${CLI_TEXT.usage}`);
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
