import type { OrgLevel } from '../domain/enums';

/**
 * Which levels may stand directly under which (DOMAIN: a primary organization may hang under
 * the region or a district too; units are parts of a primary organization).
 */
export const CHILD_LEVELS: Readonly<Record<OrgLevel, readonly OrgLevel[]>> = {
  union: ['regional'],
  regional: ['district', 'local', 'primary'],
  district: ['local', 'primary'],
  local: ['primary'],
  primary: ['unit'],
  unit: [],
};
