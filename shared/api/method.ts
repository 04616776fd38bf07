import { z } from 'zod';

z.config(z.locales.ru());

/** Declares a method: its argument schema and (as a phantom) its result type. */
export function method<R>() {
  return <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });
}

export const idSchema = z.number().int().positive();
export const pathSchema = z.string().trim().min(1, 'Укажите путь к файлу');
export const emptyArgs = z.object({}).strict();
