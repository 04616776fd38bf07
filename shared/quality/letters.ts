// Recommendation letters: what the user chooses (checks, organizations, one file or a folder)
// and the requisites every letter carries.
import { z } from 'zod';
import { CHECK_IDS } from './catalog';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата в виде ГГГГ-ММ-ДД');

export const LETTER_MODES = ['single', 'perOrg'] as const;
export type LetterMode = (typeof LETTER_MODES)[number];

export const lettersArgsSchema = z
  .object({
    /** One DOCX with every letter (page breaks between), or one DOCX per organization in a folder. */
    mode: z.enum(LETTER_MODES).default('single'),
    /** The DOCX (single) or the folder (perOrg); null for a download (single only). */
    path: z.string().trim().min(1).nullable().default(null),
    checks: z.array(z.enum(CHECK_IDS)).min(1).nullable().default(null),
    orgIds: z.array(z.number().int().positive()).min(1).max(100_000).nullable().default(null),
    /** The letters' date; default today. */
    date: isoDate.nullable().default(null),
    /** The date to correct the data by; default the date plus the file's «replyDays». */
    deadline: isoDate.nullable().default(null),
    /** Default: the file's quality settings (or «Специалист …» of the region). */
    signerPosition: z.string().trim().max(300).nullable().default(null),
    signerName: z.string().trim().max(100).nullable().default(null),
  })
  .strict();
export type LettersArgs = z.output<typeof lettersArgsSchema>;

export interface LetterRequisites {
  date: string;
  deadline: string;
  signerPosition: string;
  signerName: string;
}

export const LETTER_TEXT = {
  addressee: 'Председателю',
  title: 'О качестве данных в электронном реестре',
  dear: { male: 'Уважаемый', female: 'Уважаемая' },
  colleagues: 'Уважаемые коллеги!',
  number: (date: string) => `${date} № ________`,
  intro: (asOf: string, deadline: string) =>
    `По данным электронного реестра членов Профсоюза на ${asOf} в учётных данных вашей организации выявлены замечания, перечисленные ниже. ` +
    `Просим исправить их в АИС «Единый реестр Общероссийского Профсоюза образования» до ${deadline}.`,
  summaryCaption: 'Замечания',
  rowsCaption: 'Записи, которые нужно исправить',
  columns: { number: '№ п/п', problem: 'Замечание', severity: 'Важность', count: 'Записей', who: 'ФИО (организация)', field: 'Поле', what: 'Что не так' },
  closing: 'О выполнении просим сообщить. Благодарим за работу по ведению реестра.',
  defaultSigner: (orgGenitive: string) => `Специалист ${orgGenitive}`,
  blankSignature: '________________',
  summarySheet: 'Сводка',
  summaryColumns: ['Код', 'Организация', 'Председатель', 'Замечаний', 'Лист'],
  sheetTitle: (org: string, asOf: string) => `${org}: замечания по данным реестра на ${asOf}`,
  nothing: 'Замечаний нет: писем не составлено.',
  fileName: (date: string) => `Письма о качестве данных ${date}`,
  folderRequired: 'Для писем по одной организации в файле укажите папку, куда их записать.',
  notAFolder: (dir: string) => `«${dir}» — это файл, а не папка. Укажите папку для писем.`,
} as const;
