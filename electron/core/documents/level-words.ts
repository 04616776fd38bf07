// «местная организация» and its kin, counted and declined the way a resolution needs them:
// «14 местных организаций», «в 9 местных организациях», «следующих местных организаций».
import type { DOCUMENT_LEVELS } from '../../../shared/domain/documents';
import { agree, agreeOblique, declineOrgName, type GrammaticalCase } from '../../../shared/ru';

export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

const ADJECTIVE: Record<DocumentLevel, [singular: string, plural: string]> = {
  local: ['местная', 'местные'],
  primary: ['первичная', 'первичные'],
  regional: ['региональная', 'региональные'],
  district: ['окружная', 'окружные'],
};

function phrases(level: DocumentLevel): [singular: string, plural: string] {
  const [sg, pl] = ADJECTIVE[level];
  return [`${sg} организация`, `${pl} организации`];
}

/** «местных организаций» (plural phrase in a case), for «следующих местных организаций Профсоюза». */
export function levelPlural(level: DocumentLevel, grammaticalCase: GrammaticalCase): string {
  return declineOrgName(phrases(level)[1], grammaticalCase);
}

/** A number of organizations of the level in a case: «14 местных организаций», «в 1 местной организации». */
export function countOrgs(n: number, level: DocumentLevel, grammaticalCase: GrammaticalCase): string {
  const [sg, pl] = phrases(level);
  if (grammaticalCase === 'nominative') {
    return agree(n, [sg, pl, declineOrgName(pl, 'genitive')]);
  }
  return agreeOblique(n, declineOrgName(sg, grammaticalCase), declineOrgName(pl, grammaticalCase));
}
