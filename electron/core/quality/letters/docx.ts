// Letters as DOCX (ГОСТ Р 7.0.97): the addressee in the dative at the top right («Председателю
// … организации Фамилии И.О.»), date and number, the heading, the salutation by name and
// patronymic, the text, the table of problems with counts, the table of records to correct and
// the specialist's signature. Each letter is its own section: it starts on a new page and numbers
// its pages from 1, the number shown from its page 2.
import { AlignmentType, Document, Paragraph, TextRun, type Table } from 'docx';
import { LETTER_TEXT, type LetterRequisites } from '../../../../shared/quality/letters';
import { severityLabel } from '../../../../shared/quality/catalog';
import { declineOrgName, formatDateNumeric, formatInt } from '../../../../shared/ru';
import { STYLES, blank, bodyParagraph, centered, sectionProperties, textWidth } from '../../documents/docx/layout';
import { LongTables } from '../../documents/docx/long-tables';
import { signature } from '../../documents/docx/requisites';
import { continuingSection, numberedFromOne } from '../../documents/docx/sections';
import { sectionBodies, withBody } from '../../documents/docx/split-sections';
import { readZipEntry, replaceZipEntry } from '../../documents/docx/zip-entry';
import { chairGender, chairInitials } from '../../documents/names';
import type { LetterData } from './build';

const LEFT_MARGIN_MM = 20;
const DOCUMENT_XML = 'word/document.xml';
const C = LETTER_TEXT.columns;

function chairOf(letter: LetterData) {
  const o = letter.org;
  const surname = (o.chairSurname ?? '').trim();
  return surname ? { surname, name: o.chairName, patronymic: o.chairPatronymic, gender: o.chairGender } : null;
}

/** The full name in the genitive; «Первичная профсоюзная организация …» is a common noun after «Председателю». */
function addresseeOrg(letter: LetterData): string {
  const genitive = declineOrgName(letter.org.name.trim(), 'genitive', letter.org.nameCases);
  return /^(Первичной|Профсоюзной) /u.test(genitive) ? genitive.charAt(0).toLocaleLowerCase('ru-RU') + genitive.slice(1) : genitive;
}

function addressee(letter: LetterData, width: number): Paragraph[] {
  const chair = chairOf(letter);
  const lines = [LETTER_TEXT.addressee, addresseeOrg(letter), ...(chair ? [chairInitials(chair, 'dative')] : [])];
  return lines.map((line) => new Paragraph({ indent: { left: Math.floor(width * 0.5) }, children: [new TextRun(line)] }));
}

function salutation(letter: LetterData): string {
  const chair = chairOf(letter);
  const name = [chair?.name, chair?.patronymic].map((p) => (p ?? '').trim()).filter((p) => p !== '');
  if (!chair || name.length === 0) return LETTER_TEXT.colleagues;
  return `${LETTER_TEXT.dear[chairGender(chair) ?? 'female']} ${name.join(' ')}!`;
}

function letterBlocks(letter: LetterData, req: LetterRequisites, asOf: string, width: number, tables: LongTables): Array<Paragraph | Table> {
  return [
    ...addressee(letter, width),
    blank(),
    new Paragraph({ children: [new TextRun(LETTER_TEXT.number(formatDateNumeric(req.date)))] }),
    blank(),
    new Paragraph({ children: [new TextRun({ text: LETTER_TEXT.title, bold: true })] }),
    blank(),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(salutation(letter))] }),
    blank(),
    bodyParagraph(LETTER_TEXT.intro(formatDateNumeric(asOf), formatDateNumeric(req.deadline))),
    ...tables.render(
      {
        caption: LETTER_TEXT.summaryCaption,
        columns: [
          { header: C.number, widthMm: 12, align: 'center' },
          { header: C.problem, widthMm: 110, align: 'left' },
          { header: C.severity, widthMm: 30, align: 'center' },
          { header: C.count, widthMm: 20, align: 'right' },
        ],
        rows: letter.summary.map((s, i) => [String(i + 1), s.title, severityLabel(s.severity), formatInt(s.count)]),
        total: null,
        emptyText: '',
      },
      width,
    ),
    ...tables.render(
      {
        caption: LETTER_TEXT.rowsCaption,
        columns: [
          { header: C.number, widthMm: 12, align: 'center' },
          { header: C.who, widthMm: 55, align: 'left' },
          { header: C.field, widthMm: 35, align: 'left' },
          { header: C.what, widthMm: 70, align: 'left' },
        ],
        rows: letter.rows.map((r, i) => [String(i + 1), r.who, r.field, r.problem]),
        total: null,
        emptyText: '',
      },
      width,
    ),
    blank(),
    bodyParagraph(LETTER_TEXT.closing),
    ...signature({ signerPosition: req.signerPosition, signerName: req.signerName || LETTER_TEXT.blankSignature }, width),
  ];
}

/** A letter alone has short tables: rendered directly, it is packed once. */
const DIRECT_ROWS_ALONE = 300;

/** Letters as one DOCX, each in its own section (a new page, its own page numbers). */
export function lettersDocx(letters: readonly LetterData[], req: LetterRequisites, asOf: string): Promise<Buffer> {
  const width = textWidth(LEFT_MARGIN_MM);
  const tables = new LongTables(letters.length === 1 ? DIRECT_ROWS_ALONE : 1);
  const setup = numberedFromOne(sectionProperties(LEFT_MARGIN_MM, false));
  const sections = letters.map((letter, i) => ({
    ...(i === 0 ? setup : continuingSection(setup)),
    children: letterBlocks(letter, req, asOf, width, tables),
  }));
  if (sections.length === 0) sections.push({ ...sectionProperties(LEFT_MARGIN_MM, false), children: [centered(LETTER_TEXT.nothing)] });
  sections[sections.length - 1]!.children.push(...tables.templates());
  return tables.pack(new Document({ styles: STYLES, title: LETTER_TEXT.title, creator: 'Профреестр', sections }));
}

/**
 * One DOCX per letter, cut from one packed bundle: the bundle's sections become the bodies of
 * copies of a one-letter document (same page setup and headers), so 500 files cost one pack.
 */
export async function lettersDocxEach(letters: readonly LetterData[], req: LetterRequisites, asOf: string): Promise<Buffer[]> {
  if (letters.length === 0) return [];
  const bundle = readZipEntry(await lettersDocx(letters, req, asOf), DOCUMENT_XML).toString('utf8');
  const single = await lettersDocx(letters.slice(0, 1), req, asOf);
  const singleXml = readZipEntry(single, DOCUMENT_XML).toString('utf8');
  return sectionBodies(bundle).map((body) => replaceZipEntry(single, DOCUMENT_XML, Buffer.from(withBody(singleXml, body), 'utf8')));
}
