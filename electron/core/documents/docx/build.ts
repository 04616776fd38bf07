// Whole documents: the resolution (optionally with its appendix as a second section that goes on
// numbering pages), the appendix alone, and the contest results with their ranking table.
import { Document, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { AppendixSettings, ContestSettings, DraftPart, ResolutionSettings } from '../../../../shared/domain/documents';
import type { TableSpec } from '../table-spec';
import { STYLES, blank, centered, sectionProperties, textWidth } from './layout';
import { renderParts } from './parts';
import { requisites, signature } from './requisites';
import { renderTable } from './tables';

type Block = Paragraph | Table;

/** «Приложение / к постановлению … / от … № …» at the top right. */
function appendixHead(caption: string, title: string, width: number): Block[] {
  const head = caption
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => new Paragraph({ indent: { left: Math.floor(width * 0.55) }, children: [new TextRun(line)] }));
  return [...head, blank(), ...title.split('\n').map((line) => centered(line.trim(), { bold: true }))];
}

/** An appendix as a landscape section; `first` when it opens the document (no number on its first page). */
function appendixSection(leftMarginMm: number, first: boolean, content: AppendixContent) {
  const width = textWidth(leftMarginMm, true);
  return {
    ...sectionProperties(leftMarginMm, !first, true),
    children: [...appendixHead(content.caption, content.title, width), ...content.tables.flatMap((t) => renderTable(t, width))],
  };
}

export interface AppendixContent {
  caption: string;
  title: string;
  tables: TableSpec[];
}

export function resolutionDocument(settings: ResolutionSettings, parts: readonly DraftPart[], appendix: AppendixContent | null): Document {
  const width = textWidth(settings.leftMarginMm);
  const sections = [
    {
      ...sectionProperties(settings.leftMarginMm, false),
      children: [...requisites(settings, width), ...renderParts(parts), ...signature(settings, width)],
    },
  ];
  if (appendix) sections.push(appendixSection(settings.leftMarginMm, false, appendix));
  return new Document({ styles: STYLES, title: settings.title, creator: 'Профреестр', sections });
}

export function appendixDocument(settings: AppendixSettings, tables: TableSpec[]): Document {
  return new Document({
    styles: STYLES,
    title: settings.title,
    creator: 'Профреестр',
    sections: [appendixSection(settings.leftMarginMm, true, { caption: settings.caption, title: settings.title, tables })],
  });
}

export function contestDocument(settings: ContestSettings, parts: readonly DraftPart[], ranking: AppendixContent): Document {
  const width = textWidth(settings.leftMarginMm);
  return new Document({
    styles: STYLES,
    title: settings.title,
    creator: 'Профреестр',
    sections: [
      { ...sectionProperties(settings.leftMarginMm, false), children: [...requisites(settings, width), ...renderParts(parts), ...signature(settings, width)] },
      appendixSection(settings.leftMarginMm, false, ranking),
    ],
  });
}

export function toBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

