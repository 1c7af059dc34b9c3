import { duplicateJsonKeys } from './json-duplicates';

/**
 * A dataset's JSON text read as it comes, a chunk at a time, for a file too large to hold as one
 * string: each figure of the top-level `observations` array parsed alone (`JSON.parse` of its own
 * text), the rest of the document kept as text with that array left empty and parsed once at the
 * end. The document is the one `JSON.parse` gives of the whole text; a key given twice is found
 * in the rest and in each figure, as `duplicateJsonKeys` finds it in the whole text.
 */

export type JsonStreamRead =
  | {
      ok: true;
      /**
       * The document, its `observations` the figures parsed one by one: `JSON.parse`'s of the
       * whole text, unless a key is given twice (the file is then refused, unread).
       */
      document: unknown;
      /** Where a key is given twice (at most `limit` of them). */
      repeated: string[];
    }
  /** No JSON: the reason, as `JSON.parse` gives it, and where (a figure's index, or the rest). */
  | { ok: false; detail: string };

export interface JsonStream {
  push(text: string): void;
  end(): JsonStreamRead;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** Reads a JSON document's text in chunks; `limit` as duplicateJsonKeys's. */
export function jsonDatasetStream(limit = 20): JsonStream {
  /** The document's text but the figures', in pieces. */
  const rest: string[] = [];
  const figures: unknown[] = [];
  const repeated: string[] = [];
  let failed: string | null = null;

  // Where the scan is: inside a string (and after a backslash in it), how deep in containers, and
  // at depth 1 the key last read and whether a value follows it.
  let inString = false;
  let escaped = false;
  let depth = 0;
  /** At depth 1: the text of the last string read (a key), and whether `:` has followed it. */
  let keyText = '';
  let readingKey = false;
  let keyPieces: string[] = [];
  let afterColon = false;
  /** Inside the figures' array: the figure being read, and how deep in it. */
  let inFigures = false;
  let figure: string[] = [];
  let figureDepth = 0;
  let figureStarted = false;
  /** A comma has come since the array opened: an element must follow it (`[1,]` is no JSON). */
  let afterComma = false;

  const endFigure = () => {
    const text = figure.join('');
    figure = [];
    figureStarted = false;
    if (failed) return;
    const index = figures.length;
    try {
      figures.push(JSON.parse(text));
    } catch (error) {
      failed = `${(error as Error).message} (observations[${index}])`;
      return;
    }
    if (repeated.length < limit && text.includes('"'))
      for (const path of duplicateJsonKeys(text, limit - repeated.length))
        repeated.push(
          `observations[${index}]${path === '' ? '' : path.startsWith('[') ? path : `.${path}`}`,
        );
  };

  const scan = (text: string) => {
    let from = 0;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (readingKey) {
            keyPieces.push(text.slice(from, at + 1));
            keyText = keyPieces.join('');
            keyPieces = [];
            readingKey = false;
            rest.push(keyText);
            from = at + 1;
          }
        }
        continue;
      }
      const char = text[at]!;
      if (inFigures) {
        if (char === '"') {
          inString = true;
          figureStarted = true;
        } else if (char === '{' || char === '[') {
          figureDepth += 1;
          figureStarted = true;
        } else if (char === '}' || char === ']') {
          if (figureDepth === 0) {
            // The array's end: its last figure, if any, then back to the rest.
            figure.push(text.slice(from, at));
            if (figureStarted || afterComma) endFigure();
            else figure = [];
            inFigures = false;
            depth -= 1;
            rest.push(']');
            from = at + 1;
            continue;
          }
          figureDepth -= 1;
        } else if (char === ',' && figureDepth === 0) {
          figure.push(text.slice(from, at));
          endFigure();
          afterComma = true;
          from = at + 1;
        } else if (!figureStarted && char.trim() !== '') figureStarted = true;
        continue;
      }
      if (char === '"') {
        inString = true;
        if (depth === 1 && !afterColon) {
          rest.push(text.slice(from, at));
          from = at;
          readingKey = true;
          keyPieces = [];
        }
      } else if (char === ':' && depth === 1) afterColon = true;
      else if (char === ',' && depth === 1) afterColon = false;
      else if (char === '{' || char === '[') {
        if (char === '[' && depth === 1 && afterColon && isFiguresKey(keyText)) {
          rest.push(text.slice(from, at + 1));
          from = at + 1;
          inFigures = true;
          figure = [];
          figureDepth = 0;
          figureStarted = false;
          afterComma = false;
        }
        depth += 1;
      } else if (char === '}' || char === ']') depth -= 1;
    }
    if (inFigures) figure.push(text.slice(from));
    else if (readingKey) keyPieces.push(text.slice(from));
    else rest.push(text.slice(from));
  };

  return {
    push(text) {
      if (failed === null) scan(text);
    },
    end() {
      if (failed !== null) return { ok: false, detail: failed };
      if (inFigures) return { ok: false, detail: 'The figures’ array is never closed.' };
      const restText = rest.join('') + keyPieces.join('');
      let document: unknown;
      try {
        document = JSON.parse(restText);
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
      const found = [...duplicateJsonKeys(restText, limit), ...repeated].slice(0, limit);
      if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
        const held = document as Record<string, unknown>;
        if (
          Array.isArray(held.observations) &&
          held.observations.length === 0 &&
          figures.length > 0
        )
          held.observations = figures;
      }
      return { ok: true, document, repeated: found };
    },
  };
}

/** Whether a key's JSON text (quotes and escapes as written) is `observations`. */
function isFiguresKey(keyText: string): boolean {
  if (keyText === '"observations"') return true;
  if (!keyText.includes('\\')) return false;
  try {
    return JSON.parse(keyText) === 'observations';
  } catch {
    return false;
  }
}
