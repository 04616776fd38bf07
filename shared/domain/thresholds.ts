import { z } from 'zod';

/** The user's tier thresholds in percent, checked wherever they arrive (API, settings file, stored drafts). */
export const thresholdsSchema = z
  .object({
    complete: z.number().min(0).max(1000),
    near: z.number().min(0).max(1000),
    weak: z.number().min(0).max(1000),
  })
  .strict()
  .refine((t) => t.complete > t.near && t.near > t.weak, {
    message: 'Пороги должны убывать: «внесли всех» > «близки к завершению» > «слабая работа».',
  });
