// The settings form of each kind of document, as data: the SettingsForm renders any of them.
import type { DocumentKind } from '../../../../shared/domain/documents';

export type FieldType = 'text' | 'textarea' | 'date' | 'level' | 'snapshot' | 'indicator' | 'margin' | 'checkbox' | 'number' | 'prizes';

export interface Field {
  key: string;
  type: FieldType;
}

const f = (key: string, type: FieldType = 'text'): Field => ({ key, type });

const HEADER: Field[] = [f('parentOrg', 'textarea'), f('org'), f('body'), f('docType'), f('date', 'date'), f('place'), f('number'), f('title', 'textarea')];
const SIGNATURE: Field[] = [f('signerPosition', 'textarea'), f('signerName')];

export const SETTINGS_FIELDS: Record<DocumentKind, Field[]> = {
  resolution: [
    ...HEADER,
    f('level', 'level'),
    f('compareSnapshotId', 'snapshot'),
    f('deadline', 'date'),
    f('speaker', 'textarea'),
    f('control', 'textarea'),
    ...SIGNATURE,
    f('withAppendix', 'checkbox'),
    f('leftMarginMm', 'margin'),
  ],
  appendix: [f('caption', 'textarea'), f('title', 'textarea'), f('level', 'level'), f('leftMarginMm', 'margin')],
  contest: [
    ...HEADER,
    f('level', 'level'),
    f('indicator', 'indicator'),
    f('contestName', 'textarea'),
    f('prizes', 'prizes'),
    f('gratitudeUpTo', 'number'),
    f('control', 'textarea'),
    ...SIGNATURE,
    f('leftMarginMm', 'margin'),
  ],
};
