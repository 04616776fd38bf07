import { partText, type DraftPart } from '../../../../shared/domain/documents';
import { TIER_LABELS, TIERS, type TierId } from '../../../../shared/domain/indicators';
import { DOCUMENTS_TEXT } from './strings';

const isTier = (s: string | undefined): s is TierId => (TIERS as readonly string[]).includes(s ?? '');

/** What each part is, in the user's words: «Пункт 4», «Пункт 4: перечень», «слабая работа: перечень». */
export function partCaptions(parts: readonly DraftPart[]): string[] {
  let point = 0;
  return parts.map((p) => {
    if (p.kind === 'point') {
      if (partText(p).trim() !== '') point++;
      return `Пункт ${point}`;
    }
    if (p.kind === 'subitems') return `Пункт ${point}: перечень`;
    const tier = p.key.split('.')[1];
    if (p.key.startsWith('tier.') && isTier(tier)) return `Группа «${TIER_LABELS[tier]}»: ${p.kind === 'items' ? 'перечень' : 'вводная фраза'}`;
    return DOCUMENTS_TEXT.partNames[p.key] ?? 'Абзац';
  });
}
