// A PrintList as a DOCX: the title block on the first page, one table per organization (its name
// above the table, the header row repeated on every page, rows never split), the running header
// with the organization and the date on every page and the page number from page 2 (ГОСТ Р 7.0.97).
import { Document, Paragraph, TextRun } from 'docx';
import type { PrintList } from '../../../../shared/quality/lists';
import { LIST_TEXT } from '../../../../shared/quality/lists';
import { formatDateNumeric } from '../../../../shared/ru';
import { STYLES, blank, bodyParagraph, centered, textWidth } from '../../documents/docx/layout';
import { headedSection } from '../../documents/docx/sections';
import { LongTables } from '../../documents/docx/long-tables';

const LEFT_MARGIN_MM = 20;

/** The list as DOCX bytes. */
export function listDocx(list: PrintList): Promise<Buffer> {
  const landscape = list.orientation === 'landscape';
  const width = textWidth(LEFT_MARGIN_MM, landscape);
  const head = [
    centered(list.title, { bold: true }),
    centered(list.orgName, { bold: true }),
    centered(LIST_TEXT.asOf(formatDateNumeric(list.asOf))),
    blank(),
  ];
  const tables = new LongTables();
  const body =
    list.tables.length === 0
      ? [bodyParagraph(list.emptyText)]
      : list.tables.flatMap((t) => tables.render({ ...t, total: null, emptyText: list.emptyText }, width));
  const tail = list.kind === 'cards' && list.tables.length > 0 ? [blank(), new Paragraph({ children: [new TextRun(LIST_TEXT.issuedBy)] })] : [];
  const doc = new Document({
    styles: STYLES,
    title: `${list.title}: ${list.orgName}`,
    creator: 'Профреестр',
    sections: [{ ...headedSection(LEFT_MARGIN_MM, landscape, list.header), children: [...head, ...body, ...tail, ...tables.templates()] }],
  });
  return tables.pack(doc);
}
