// Page and type per ГОСТ Р 7.0.97-2025 as DOMAIN.md gives it: A4; margins left 20 or 30 mm (30 for
// documents kept long, the default for resolutions), right 10, top 20, bottom 20; Times New Roman
// 14 for text and 10 for tables; paragraph indent 1.25 cm; page numbers centred at the top from
// page 2. Appendix tables go on landscape pages, where their many columns fit without breaking words.
import {
  AlignmentType,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';

export const FONT = 'Times New Roman';
/** Half-points: 14 pt text, 12 pt page numbers, 10 pt tables. */
export const SIZE = { text: 28, number: 24, table: 20 } as const;
export const INDENT = convertMillimetersToTwip(12.5);
const PAGE = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const MARGIN = { right: 10, top: 20, bottom: 20 } as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.text, language: { value: 'ru-RU' } },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
  },
};

/** Text width in twips for a left margin: what tables are scaled to. */
export function textWidth(leftMarginMm: number, landscape = false): number {
  return (landscape ? PAGE.height : PAGE.width) - convertMillimetersToTwip(leftMarginMm + MARGIN.right);
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.number })] }),
    ],
  });
}

/**
 * A section's page setup. `firstPageNumbered: false` leaves the number off the section's first
 * page (the document's first page); a section that continues a document numbers every page.
 */
export function sectionProperties(leftMarginMm: number, firstPageNumbered: boolean, landscape = false): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      titlePage: !firstPageNumbered,
      page: {
        // docx swaps width and height itself for a landscape page.
        size: landscape ? { ...PAGE, orientation: PageOrientation.LANDSCAPE } : PAGE,
        margin: {
          left: convertMillimetersToTwip(leftMarginMm),
          right: convertMillimetersToTwip(MARGIN.right),
          top: convertMillimetersToTwip(MARGIN.top),
          bottom: convertMillimetersToTwip(MARGIN.bottom),
          header: convertMillimetersToTwip(10),
        },
      },
    },
    headers: firstPageNumbered ? { default: pageNumberHeader() } : { default: pageNumberHeader(), first: new Header({ children: [new Paragraph('')] }) },
  };
}

/** A justified body paragraph with the 1.25 cm first-line indent. */
export function bodyParagraph(text: string, options: { bold?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: INDENT },
    children: [new TextRun({ text, bold: options.bold })],
  });
}

export function centered(text: string, options: { bold?: boolean; size?: number; spacing?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: options.bold, size: options.size, characterSpacing: options.spacing })],
  });
}

export const blank = (): Paragraph => new Paragraph('');
