// The import templates: one workbook per kind with exactly the canonical columns, drop-down
// lists for the closed vocabularies and a «Справка» sheet with the allowed values and formats.
// scripts/make-import-templates.ts writes them into resources/templates/; the app saves the
// same workbook where the user asks (Файл → Шаблоны импорта).
import ExcelJS from 'exceljs';
import {
  CARD_STATUS_LABELS,
  GENDER_LABELS,
  MEMBER_CATEGORY_LABELS,
  ORG_KIND_LABELS,
  ORG_LEVEL_LABELS,
  ORG_STATUS_LABELS,
  REMOVAL_REASON_LABELS,
} from '../../../shared/domain/enums';
import { saveFileAtomic } from '../documents/save-file';
import { columnLetter } from './match/header-row';
import { KINDS, templateColumns, type ImportKind } from './fields';
import { IMPORT_TEXT } from './strings';

const TEMPLATE_TEXT = IMPORT_TEXT.template;

/** Columns with a closed list of values, and where their list stands on the «Справка» sheet. */
const LISTS: Record<string, Record<string, string>> = {
  level: ORG_LEVEL_LABELS,
  kind: ORG_KIND_LABELS,
  status: ORG_STATUS_LABELS,
  chairGender: GENDER_LABELS,
  gender: GENDER_LABELS,
  category: MEMBER_CATEGORY_LABELS,
  cardStatus: CARD_STATUS_LABELS,
  removalReason: REMOVAL_REASON_LABELS,
};
const YES_NO = ['да', 'нет'];
const BOOLEAN_FIELDS = new Set(['chairEmailConsent', 'statAutoReport', 'joinedOnline', 'appInstalled', 'profcards', 'pdConsent', 'mailingConsent']);
const DATE_FIELDS = new Set(['chairTermStart', 'chairTermEnd', 'birthDate', 'joinedOn', 'registeredOn', 'cardStatusDate', 'removedOn']);
const ROWS_WITH_LISTS = 5000;
/** A fixed date keeps regenerated templates identical in content. */
const CREATED = new Date(Date.UTC(2026, 0, 1));

export const TEMPLATE_FILES: Record<ImportKind, string> = {
  orgs: 'Шаблон импорта — организации.xlsx',
  members: 'Шаблон импорта — члены Профсоюза.xlsx',
  stats: 'Шаблон импорта — показатели статотчета.xlsx',
};

export async function templateWorkbook(kind: ImportKind): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = TEMPLATE_TEXT.creator;
  wb.created = CREATED;
  wb.modified = CREATED;
  const sheet = wb.addWorksheet(TEMPLATE_TEXT.sheet[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(TEMPLATE_TEXT.helpSheet);
  const fields = KINDS[kind].fields.filter((f) => !f.helper);
  const labels = templateColumns(kind);
  const header = sheet.addRow(labels);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.columns.forEach((col, i) => (col.width = Math.max(12, Math.min(40, labels[i]!.length + 4))));

  help.addRow([TEMPLATE_TEXT.helpColumn, TEMPLATE_TEXT.helpValues]).font = { bold: true };
  help.getColumn(1).width = 40;
  help.getColumn(2).width = 60;
  let listColumn = 3;
  fields.forEach((field, i) => {
    const target = `${columnLetter(i)}2:${columnLetter(i)}${ROWS_WITH_LISTS}`;
    const list = LISTS[field.id];
    if (list || BOOLEAN_FIELDS.has(field.id)) {
      const values = list ? Object.values(list) : YES_NO;
      help.addRow([field.label, values.join('; ')]);
      // The list itself stands in its own hidden column of «Справка»: a drop-down refers to it.
      const letter = columnLetter(listColumn - 1);
      values.forEach((v, r) => (help.getCell(r + 2, listColumn).value = v));
      help.getColumn(listColumn).hidden = true;
      // exceljs keeps range validations in `dataValidations`; its typings only know cell ones.
      (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(target, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${TEMPLATE_TEXT.helpSheet}'!$${letter}$2:$${letter}$${values.length + 1}`],
        showErrorMessage: false,
      });
      listColumn++;
    } else if (DATE_FIELDS.has(field.id)) {
      help.addRow([field.label, TEMPLATE_TEXT.dateFormat]);
    }
  });
  help.addRow([]);
  for (const line of TEMPLATE_TEXT.notes[kind]) help.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the template where the user asked (write-then-rename); returns the full path. */
export async function saveTemplate(kind: ImportKind, target: string): Promise<string> {
  const file = /\.xlsx$/i.test(target) ? target : `${target}.xlsx`;
  return saveFileAtomic(file, await templateWorkbook(kind));
}
