// «Итоги конкурса»: places by a chosen indicator, prizes and gratitude. The verb governs the
// chair's case (наградить + accusative, объявить благодарность + dative), the position noun
// follows it, the organization after it stays genitive, and the participle agrees with the
// chair's gender: «наградить Иванову А.Б., председателя …, занявшую 1 место, …».
import type { ContestSettings, DraftPart } from '../../../shared/domain/documents';
import { INDICATOR_LABELS, type IndicatorTable } from '../../../shared/domain/indicators';
import { formatDateGenitiveYear, formatRubles } from '../../../shared/ru';
import { rankBy, type Ranked } from '../indicators/rank';
import { levelPlural } from './level-words';
import { chairGender, chairInitials, orgIn } from './names';
import { part, sentence } from './parts';

export const DEFAULT_CONTEST_NAME = 'на лучшую организацию работы по цифровизации профсоюзного учёта';

/** The ranking a contest document prints: organizations with a value, by place. */
export function contestRanking(table: IndicatorTable, settings: ContestSettings): Ranked[] {
  return rankBy(
    table.rows.filter((r) => r.tier !== 'liquidating'),
    settings.indicator,
  ).filter((r) => r.place !== null);
}

/** «Иванову А.Б., председателя Егорьевской районной организации Профсоюза, занявшую» (accusative) or the dative. */
function winner(r: Ranked, grammaticalCase: 'accusative' | 'dative'): string {
  const row = r.row;
  const took = grammaticalCase === 'accusative' ? { male: 'занявшего', female: 'занявшую' } : { male: 'занявшему', female: 'занявшей' };
  if (!row.chair) return `${orgIn(row, grammaticalCase)}, ${took.female}`;
  const position = grammaticalCase === 'accusative' ? 'председателя' : 'председателю';
  const gender = chairGender(row.chair) ?? 'female';
  return `${chairInitials(row.chair, grammaticalCase)}, ${position} ${orgIn(row, 'genitive')}, ${took[gender]}`;
}

export function contestParts(table: IndicatorTable, settings: ContestSettings): DraftPart[] {
  const region = orgIn(table.total, 'genitive');
  const ranking = contestRanking(table, settings);
  const prizes = new Map(settings.prizes.map((p) => [p.place, p.amount]));
  const lastPrize = Math.max(0, ...settings.prizes.map((p) => p.place));
  const parts: DraftPart[] = [
    part(
      'basis',
      'paragraph',
      true,
      `В соответствии с положением о конкурсе ${settings.contestName} среди ${levelPlural(settings.level, 'genitive')} Профсоюза ` +
        `президиум ${region} рассмотрел итоги конкурса.`,
    ),
    part(
      'criterion',
      'paragraph',
      false,
      `Места определены по показателю «${INDICATOR_LABELS[settings.indicator]}» по состоянию на ${formatDateGenitiveYear(table.source.asOf)}; ` +
        'организации с равными значениями делят место. Результаты приведены в приложении.',
    ),
    part('decides.lead', 'paragraph', true, `На основании изложенного президиум ${region}`),
    part('decides', 'decides', true, 'ПОСТАНОВЛЯЕТ:'),
    part('point.approve', 'point', true, `Утвердить итоги конкурса ${settings.contestName} (приложение).`),
  ];
  for (const r of ranking) {
    const amount = prizes.get(r.place!);
    if (amount !== undefined) {
      parts.push(
        part(`point.award.${r.row.code}`, 'point', false, sentence(`Наградить ${winner(r, 'accusative')} ${r.place} место, денежной премией в размере ${formatRubles(amount)}`)),
      );
    } else if (r.place! > lastPrize && r.place! <= settings.gratitudeUpTo) {
      parts.push(part(`point.thanks.${r.row.code}`, 'point', false, `Объявить благодарность ${winner(r, 'dative')} ${r.place} место.`));
    }
  }
  parts.push(
    part('point.control', 'point', true, sentence(`Контроль за выполнением настоящего постановления возложить на ${settings.control}`)),
  );
  return parts;
}
