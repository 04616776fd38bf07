// A packed document cut at its sections, to make many one-part documents out of one packed
// bundle (one letter per file): packing each part on its own costs a full pack per file.
// docx writes a section's properties (w:sectPr) into the properties of its last paragraph, and the
// last section's at the end of the body.

const BODY_OPEN = '<w:body>';
const BODY_CLOSE = '</w:body>';
const SECT_OPEN = '<w:sectPr';
const SECT_CLOSE = '</w:sectPr>';

/** Each section's content, its section properties taken out. */
export function sectionBodies(documentXml: string): string[] {
  const start = documentXml.indexOf(BODY_OPEN) + BODY_OPEN.length;
  const body = documentXml.slice(start, documentXml.lastIndexOf(BODY_CLOSE));
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const at = body.indexOf(SECT_OPEN, from);
    const close = body.indexOf(SECT_CLOSE, at) + SECT_CLOSE.length;
    if (at < 0) throw new Error('No section properties in the document');
    const paragraphEnd = body.indexOf('</w:p>', close);
    const inParagraph = paragraphEnd >= 0 && body.lastIndexOf('<w:p', at) > body.lastIndexOf('</w:p>', at);
    if (!inParagraph) {
      out.push(body.slice(from, at));
      return out;
    }
    const end = paragraphEnd + '</w:p>'.length;
    out.push(body.slice(from, at) + body.slice(close, end));
    from = end;
  }
}

/** A document's XML with its body content replaced, keeping its own (last) section properties. */
export function withBody(documentXml: string, content: string): string {
  const start = documentXml.indexOf(BODY_OPEN) + BODY_OPEN.length;
  const sect = documentXml.lastIndexOf(SECT_OPEN);
  return documentXml.slice(0, start) + content + documentXml.slice(sect);
}
