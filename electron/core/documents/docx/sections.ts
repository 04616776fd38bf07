// Section variants of the ГОСТ page setup (layout.ts) for documents made of many parts or printed
// as long lists: a section that numbers its own pages from 1 (each letter of a bundle), and a
// running header repeated on every page above the page number (lists and hand-out sheets).
import { AlignmentType, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { SIZE, sectionProperties } from './layout';

type SectionSetup = Omit<ISectionOptions, 'children'>;

/** The section numbers its pages from 1 (a letter in a bundle of letters starts its own count). */
export function numberedFromOne(setup: SectionSetup): SectionSetup {
  const properties = setup.properties ?? {};
  return { ...setup, properties: { ...properties, page: { ...properties.page, pageNumbers: { start: 1 } } } };
}

/**
 * A section that keeps the previous section's headers (it names none: Word and LibreOffice then
 * take the previous ones). A bundle of 500 letters then carries two header parts, not a thousand.
 */
export function continuingSection(setup: SectionSetup): SectionSetup {
  const { headers: _inherited, ...rest } = setup;
  return rest;
}

function headerLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: SIZE.table, italics: true })] });
}

/**
 * A section whose every page carries `header` (say, the organization and the date of a list);
 * the page number stands centred above it from page 2, as on any document (ГОСТ Р 7.0.97).
 */
export function headedSection(leftMarginMm: number, landscape: boolean, header: string): SectionSetup {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.number })],
  });
  return {
    ...sectionProperties(leftMarginMm, false, landscape),
    headers: {
      first: new Header({ children: [headerLine(header)] }),
      default: new Header({ children: [number, headerLine(header)] }),
    },
  };
}
