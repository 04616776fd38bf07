// Text of OOXML as the user typed it: XML's line ends and references decoded, and in element
// text also Office's own _xHHHH_ escapes (Excel writes a carriage return in a cell as _x000D_,
// and a real "_x…_" as _x005F_x…_).
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const OFFICE_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function reference(whole: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name]!;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** An attribute value: references decoded. */
export function attrText(raw: string): string {
  return raw.includes('&') ? raw.replace(ENTITY, reference) : raw;
}

/** An element's text content. */
export function elementText(raw: string): string {
  let text = raw;
  // An XML parser reads every line end in content as \n; a real \r is written as &#13; or _x000D_.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = attrText(text);
  if (text.includes('_x')) text = text.replace(OFFICE_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}
