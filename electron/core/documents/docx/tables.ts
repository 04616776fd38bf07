// A TableSpec as a DOCX table: fixed layout scaled to the text width, the header row repeated on
// every page, rows that never break across pages, and a bold «Итого» row.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { TableSpec } from '../table-spec';
import { SIZE, bodyParagraph } from './layout';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cell(text: string, width: number, align: keyof typeof ALIGN, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57 },
    children: [new Paragraph({ alignment: ALIGN[align], children: [new TextRun({ text, bold, size: SIZE.table })] })],
  });
}

/** Column widths in twips, scaled so the table spans the text width exactly. */
export function columnWidths(spec: Pick<TableSpec, 'columns'>, width: number): number[] {
  const sum = spec.columns.reduce((s, c) => s + c.widthMm, 0);
  const widths = spec.columns.map((c) => Math.floor((c.widthMm / sum) * width));
  widths[widths.length - 1]! += width - widths.reduce((s, w) => s + w, 0);
  return widths;
}

export function renderTable(spec: TableSpec, width: number): Array<Paragraph | Table> {
  const caption = new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: spec.caption, bold: true })] });
  if (spec.rows.length === 0) return [caption, bodyParagraph(spec.emptyText)];
  const widths = columnWidths(spec, width);
  const row = (cells: string[], options: { header?: boolean; bold?: boolean }) =>
    new TableRow({
      tableHeader: options.header,
      cantSplit: true,
      children: cells.map((text, i) => cell(text, widths[i]!, options.header ? 'center' : spec.columns[i]!.align, options.bold === true)),
    });
  const rows = [
    row(spec.columns.map((c) => c.header), { header: true, bold: true }),
    ...spec.rows.map((cells) => row(cells, {})),
    ...(spec.total ? [row(spec.total, { bold: true })] : []),
  ];
  return [caption, new Table({ rows, columnWidths: widths, width: { size: width, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: BORDERS })];
}
