// The organization a document speaks for (the root of the file) and the default requisites
// derived from it: header lines, place, signer, speaker, control.
import type { IndicatorRow } from '../../../shared/domain/indicators';
import { chairInitials, chairSignature, orgIn } from './names';

/** What the requisites need of the root organization. */
export type RootOrg = Pick<IndicatorRow, 'name' | 'shortName' | 'nameCases' | 'chair' | 'level'>;

export const UNION_FULL_NAME =
  'ПРОФЕССИОНАЛЬНЫЙ СОЮЗ РАБОТНИКОВ НАРОДНОГО ОБРАЗОВАНИЯ И НАУКИ РОССИЙСКОЙ ФЕДЕРАЦИИ (ОБЩЕРОССИЙСКИЙ ПРОФСОЮЗ ОБРАЗОВАНИЯ)';

/** «Заозёрская областная организация Профсоюза» → «ЗАОЗЁРСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ». */
export function headerOrgLine(root: RootOrg): string {
  const name = (root.shortName ?? root.name).replace(/\s+(?:Общероссийского\s+)?Профсоюза(?:\s+образования)?\s*$/u, '');
  return name.toLocaleUpperCase('ru-RU');
}

/** «г. Заозёрск» from an address «690000, Заозёрская обл., г. Заозёрск, ул. …», or ''. */
export function placeFromAddress(address: string | null): string {
  const m = /(?:^|,\s*)((?:г\.|пгт\.?|с\.|пос\.)\s*[^,]+)/u.exec(address ?? '');
  return m ? m[1]!.trim().replace(/\s+/g, ' ') : '';
}

export interface RegionRequisites {
  parentOrg: string;
  org: string;
  signerPosition: string;
  signerName: string;
  speaker: string;
  control: string;
}

export function regionRequisites(root: RootOrg): RegionRequisites {
  const genitive = orgIn(root, 'genitive');
  const chair = root.chair;
  return {
    parentOrg: root.level === 'union' ? '' : UNION_FULL_NAME,
    org: headerOrgLine(root),
    signerPosition: `Председатель ${genitive}`,
    signerName: chairSignature(chair),
    speaker: chair ? `${chairInitials(chair, 'genitive')}, председателя ${genitive}` : `председателя ${genitive}`,
    control: chair ? `председателя ${genitive} ${chairInitials(chair, 'accusative')}` : `председателя ${genitive}`,
  };
}
