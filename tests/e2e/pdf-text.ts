import { inflateSync } from 'node:zlib';

/*
 * The text on each page of a PDF printed by Chromium (Skia's PDF writer), read without a PDF
 * library: pages in order from the page tree, each page's content streams inflated, and the
 * glyphs of its text operators (Tj, TJ) mapped back to characters through each font's ToUnicode
 * map. Enough for a test to ask which page a sentence was printed on, and whether a line ends in
 * "…"; not a general PDF reader (no object streams, no encrypted files).
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const objectStart = /(\d+) 0 obj\s*/g;
  for (let match = objectStart.exec(text); match; match = objectStart.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
    const raw =
      length >= 0
        ? pdf.subarray(dataStart, dataStart + length)
        : pdf.subarray(dataStart, text.indexOf('endstream', dataStart));
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    objects.set(Number(match[1]), { dict, stream });
    objectStart.lastIndex = end;
  }
  return objects;
}

const refs = (text: string): number[] =>
  [...text.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));

/** The page objects, in the order of the page tree. */
function pagesInOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog/.test(object.dict));
  const root = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1]);
  const pages: PdfObject[] = [];
  const walk = (id: number) => {
    const node = objects.get(id);
    if (!node) return;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '')) walk(kid);
    } else pages.push(node);
  };
  walk(root);
  return pages;
}

const hexToBytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');

/** A font's codes to characters, from its ToUnicode CMap (bfchar and bfrange). */
function toUnicode(cmap: string): { bytes: number; chars: Map<number, string> } {
  const chars = new Map<number, string>();
  const utf16 = (hex: string) => hexToBytes(hex).swap16().toString('utf16le');
  const codespace = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  const bytes = codespace ? codespace[1]!.length / 2 : 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      chars.set(parseInt(pair[1]!, 16), utf16(pair[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const range of body.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(range[1]!, 16);
      const last = parseInt(range[2]!, 16);
      const target = range[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((each, index) =>
          chars.set(first + index, utf16(each[1]!)),
        );
      } else {
        const base = hexToBytes(target.slice(1, -1));
        for (let code = first; code <= last; code++) {
          const out = Buffer.from(base);
          out.writeUInt16BE(out.readUInt16BE(out.length - 2) + (code - first), out.length - 2);
          chars.set(code, out.swap16().toString('utf16le'));
        }
      }
    }
  }
  return { bytes, chars };
}

/** The text of each page, in the order its text was drawn, runs joined without spaces. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const fonts = new Map<number, ReturnType<typeof toUnicode>>();
  const fontOf = (id: number) => {
    let font = fonts.get(id);
    if (!font) {
      const toUnicodeId = Number(/\/ToUnicode (\d+) 0 R/.exec(objects.get(id)?.dict ?? '')?.[1]);
      font = toUnicode(objects.get(toUnicodeId)?.stream?.toString('latin1') ?? '');
      fonts.set(id, font);
    }
    return font;
  };
  return pagesInOrder(objects).map((page) => {
    const fontNames = new Map<string, number>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const entry of fontDict.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
      fontNames.set(entry[1]!, Number(entry[2]));
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const content = refs(contents)
      .map((id) => objects.get(id)?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font: ReturnType<typeof toUnicode> | undefined;
    let text = '';
    const operators = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>\s*Tj|\[((?:[^\]]|\\\])*)\]\s*TJ/g;
    for (const op of content.matchAll(operators)) {
      if (op[1] !== undefined) {
        const id = fontNames.get(op[1]);
        font = id === undefined ? undefined : fontOf(id);
        continue;
      }
      const hexes =
        op[2] !== undefined
          ? [op[2]]
          : [...(op[3] ?? '').matchAll(/<([0-9a-fA-F\s]*)>/g)].map((each) => each[1] ?? '');
      for (const hex of hexes) {
        const bytes = hexToBytes(hex);
        const width = font?.bytes ?? 2;
        for (let at = 0; at + width <= bytes.length; at += width) {
          const code = width === 2 ? bytes.readUInt16BE(at) : bytes[at]!;
          text += font?.chars.get(code) ?? '\uFFFD';
        }
      }
    }
    return text;
  });
}

/** Text compared as printed: runs are joined without the spaces between them. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
