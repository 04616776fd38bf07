// The printed page of a list (ГОСТ Р 7.0.97 as the DOCX has it): A4 portrait or landscape,
// margins left 20, right 10, top and bottom 20 mm; in the top margin of every page the
// organization and the date, and above them the page number from page 2. Page margin boxes carry
// them, so Chromium repeats them on every page whether Electron, Playwright or a browser prints.

/** A CSS string literal for `content:`. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

export function pageCss(header: string, orientation: 'portrait' | 'landscape'): string {
  const text = cssString(header);
  return `@page {
  size: A4 ${orientation};
  margin: 20mm 10mm 20mm 20mm;
  @top-center {
    content: counter(page) "\\A" ${text};
    white-space: pre-wrap;
    font: 10pt 'Times New Roman', 'Liberation Serif', serif;
    text-align: center;
    vertical-align: bottom;
    padding-bottom: 3mm;
  }
}
@page :first {
  @top-center { content: ${text}; }
}`;
}
