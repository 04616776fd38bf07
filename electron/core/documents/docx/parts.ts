// The draft's parts as paragraphs: lists numbered «1.», points «1.» and their sub-items «2.1.»;
// list items end with «;» and the last with «.», whatever the user typed at their ends. A part
// the user emptied is left out (and the numbering closes up).
import { Paragraph, TextRun, AlignmentType } from 'docx';
import { partText, type DraftPart } from '../../../../shared/domain/documents';
import { INDENT, bodyParagraph } from './layout';

const itemLines = (text: string): string[] =>
  text
    .split('\n')
    // A final «.» after an initial («Бойко Л.О.») belongs to the name and stays.
    .map((l) => l.trim().replace(/[;,]+$/u, '').replace(/(?<![А-ЯЁA-Z])\.+$/u, ''))
    .filter((l) => l !== '');

function numbered(prefix: string, text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, children: [new TextRun(`${prefix} ${text}`)] });
}

export function renderParts(parts: readonly DraftPart[]): Paragraph[] {
  const out: Paragraph[] = [];
  let point = 0;
  for (const p of parts) {
    const text = partText(p).trim();
    if (text === '') continue;
    switch (p.kind) {
      case 'paragraph':
        out.push(...text.split('\n').filter((l) => l.trim() !== '').map((l) => bodyParagraph(l.trim())));
        break;
      case 'decides':
        out.push(new Paragraph({ spacing: { before: 240, after: 240 }, children: [new TextRun({ text, bold: true })] }));
        break;
      case 'point':
        point++;
        out.push(numbered(`${point}.`, text));
        break;
      case 'items':
      case 'subitems': {
        const items = itemLines(text);
        items.forEach((item, i) => {
          const prefix = p.kind === 'items' ? `${i + 1}.` : `${point}.${i + 1}.`;
          const end = i < items.length - 1 ? ';' : item.endsWith('.') ? '' : '.';
          out.push(numbered(prefix, `${item}${end}`));
        });
        break;
      }
    }
  }
  return out;
}
