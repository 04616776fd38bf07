import { initial } from './001_initial';
import { indicatorIndex } from './002_indicator_index';
import { actionLog } from './003_action_log';
import { duplicateIndex } from './004_duplicate_index';
import { aisIdIndex } from './005_ais_id_index';
import { passportFields } from './006_passport_fields';
import { memberListChecks } from './007_member_list_checks';
import { dropOrgIndex } from './008_drop_org_index';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [initial, indicatorIndex, actionLog, duplicateIndex, aisIdIndex, passportFields, memberListChecks, dropOrgIndex];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
