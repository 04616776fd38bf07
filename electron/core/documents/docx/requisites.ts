// The top of a resolution (organization, body, document type, date / place / number, title) and
// the signature at its end, as the model resolution lays them out.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { headerSchema, signatureSchema } from '../../../../shared/domain/documents';
import type { z } from 'zod';
import { formatDateLong } from '../../../../shared/ru';
import { SIZE, blank, centered } from './layout';

type Header = z.infer<typeof headerSchema>;
type Signature = z.infer<typeof signatureSchema>;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** A borderless one-row table: text blocks side by side (date | place | number; position | name). */
function sideBySide(cells: Array<{ text: string; align: (typeof AlignmentType)[keyof typeof AlignmentType]; share: number }>, width: number): Table {
  const widths = cells.map((c) => Math.floor(c.share * width));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              verticalAlign: VerticalAlign.BOTTOM,
              margins: { left: 0, right: 0 },
              children: c.text.split('\n').map((line) => new Paragraph({ alignment: c.align, children: [new TextRun(line)] })),
            }),
        ),
      }),
    ],
  });
}

/** «Протокол № 3-7» from what the user typed («3-7», «№ 3-7» or the whole phrase); blanks when empty. */
export function protocolNumber(number: string): string {
  const n = number.trim();
  if (n === '') return 'Протокол № ____';
  if (/^протокол/iu.test(n)) return n;
  return `Протокол № ${n.replace(/^№\s*/u, '')}`;
}

export function requisites(h: Header, width: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (h.parentOrg.trim()) out.push(centered(h.parentOrg.trim(), { size: SIZE.number }));
  if (h.org.trim()) out.push(centered(h.org.trim(), { bold: true }));
  out.push(blank(), centered(h.body.trim(), { bold: true, spacing: 40 }), blank(), centered(h.docType.trim(), { bold: true, spacing: 40 }), blank());
  out.push(
    sideBySide(
      [
        { text: formatDateLong(h.date), align: AlignmentType.LEFT, share: 0.34 },
        { text: h.place.trim(), align: AlignmentType.CENTER, share: 0.32 },
        { text: protocolNumber(h.number), align: AlignmentType.RIGHT, share: 0.34 },
      ],
      width,
    ),
    blank(),
    new Paragraph({ indent: { right: Math.floor(width * 0.4) }, children: [new TextRun({ text: h.title.trim(), bold: true })] }),
    blank(),
  );
  return out;
}

export function signature(s: Signature, width: number): Array<Paragraph | Table> {
  return [
    blank(),
    blank(),
    sideBySide(
      [
        { text: s.signerPosition.trim(), align: AlignmentType.LEFT, share: 0.62 },
        { text: s.signerName.trim(), align: AlignmentType.RIGHT, share: 0.38 },
      ],
      width,
    ),
  ];
}
