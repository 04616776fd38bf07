// Tab-separated text as Excel and LibreOffice Calc put a range on the clipboard and read one
// back: cells split by tabs, rows by line breaks (CRLF on Windows, LF elsewhere), and a cell
// holding a tab, a line break or a leading quote enclosed in double quotes with inner quotes
// doubled. Pure TypeScript: the grid's copy and paste and any test use the same rules.

const NEEDS_QUOTES = /[\t\r\n]|^"/;

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells → clipboard text: CRLF between rows and after the last, as Excel writes it. */
export function serializeTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteCell).join('\t')}\r\n`).join('');
}

/**
 * A quoted cell starting at `start` (on the opening quote): its text and where it ends, or null
 * when the quotes do not close right before a tab, a line break or the end — then the quote is
 * just a character, as in «"Ромашка" ООО» typed into a cell.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return null;
    value += text.slice(i, close);
    if (text[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const next = text[close + 1];
    if (next === undefined || next === '\t' || next === '\r' || next === '\n') return { value, end: close + 1 };
    return null;
  }
}

/**
 * Clipboard text → rows of cells. One line break at the very end (Excel always adds it) does
 * not make an empty row; Windows, Unix and old Mac line ends are all accepted.
 */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let end = i;
      while (end < text.length && text[end] !== '\t' && text[end] !== '\r' && text[end] !== '\n') end++;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= text.length) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= text.length) break;
  }
  return rows;
}
