/** Characters XML does not allow (C0 controls but tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex
export const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as an XML element's content or a double-quoted attribute: what XML cannot hold dropped,
 * its markup characters escaped. The exported SVG (compose.ts) and the deck's chart parts
 * (deck-chart-xml.ts) write a dataset's words through it.
 */
export function escapeXmlText(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
