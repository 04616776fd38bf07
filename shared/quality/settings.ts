// The data-quality settings kept in the file (settings 'quality.settings'), so the page, the CLI
// and a colleague opening the file use the same card deadline and the same letter signature.
import { z } from 'zod';
import { DEFAULT_CARD_DAYS } from './catalog';

export const qualitySettingsSchema = z
  .object({
    /** Days a card may stay «доставлен в регион» before the check lists it. */
    cardDays: z.number().int().min(1, 'Не меньше 1 дня').max(3650, 'Не больше 3650 дней'),
    /** Who signs the letters: «Главный специалист Заозёрской областной организации Профсоюза». */
    signerPosition: z.string().trim().max(300),
    /** «И.О. Фамилия». */
    signerName: z.string().trim().max(100),
    /** Days the organizations get to correct their data: the letters name the date. */
    replyDays: z.number().int().min(1).max(365),
  })
  .strict();
export type QualitySettings = z.infer<typeof qualitySettingsSchema>;

export const DEFAULT_QUALITY_SETTINGS: Readonly<QualitySettings> = Object.freeze({
  cardDays: DEFAULT_CARD_DAYS,
  signerPosition: '',
  signerName: '',
  replyDays: 30,
});
