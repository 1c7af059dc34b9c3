/**
 * How a CSV writes its numbers, decided for the whole file and never guessed cell by cell.
 *
 * Two styles: Vietnamese (`12.455,236`: dots group thousands, a comma marks decimals) and English
 * (`12,455.236`). Most cells can be read only one way: `12,5`, `1.234,5`, `1,234,567`, `0.123`,
 * `1234.567`. Some can be read both ways: one mark with one to three digits before it (not a lone
 * 0) and exactly three after, as `21,000`, `21.000` or `1.234`. Those are read by the evidence of
 * the rest of the file, or the user is asked; a figure a thousand times off is never stored
 * silently.
 */

export type NumberStyle = 'vi' | 'en';

export type NumberReading =
  | { kind: 'empty' }
  /** No mark at all (`2026`, `-5`): the same in either style. */
  | { kind: 'plain'; value: number }
  /** Readable in one style only. */
  | { kind: 'sure'; style: NumberStyle; value: number }
  /** Readable in both styles, to different numbers. */
  | { kind: 'ambiguous'; vi: number; en: number }
  | { kind: 'invalid' };

// After cleaning: an optional sign, then digits grouped or not, then decimals.
const VI = /^[-+]?(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,\d+)?$/;
const EN = /^[-+]?(?:\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;

/**
 * The text as written, without what never changes its value: spaces (a space, no-break or
 * narrow no-break, groups thousands in some locales), Excel's text apostrophe, a trailing `%`,
 * and a typographic minus.
 */
export function cleanNumberText(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/^'/, '')
    .replace(/[\s\u00a0\u202f\u2009]/g, '')
    .replace(/%$/, '')
    .replace(/^[\u2212\u2013]/, '-');
}

function toNumber(text: string): number | undefined {
  const number = Number(text);
  if (!Number.isFinite(number)) return undefined;
  // -0 is 0: a figure is never shown as "-0".
  return number === 0 ? 0 : number;
}

const readVi = (text: string) =>
  VI.test(text) ? toNumber(text.replace(/\./g, '').replace(',', '.')) : undefined;
const readEn = (text: string) => (EN.test(text) ? toNumber(text.replace(/,/g, '')) : undefined);

/** What a cell's text can mean, in each style. */
export function readNumberText(text: string): NumberReading {
  const clean = cleanNumberText(text);
  if (clean === '') return { kind: 'empty' };
  if (/^[-+]?\d+$/.test(clean)) {
    const value = toNumber(clean);
    return value === undefined ? { kind: 'invalid' } : { kind: 'plain', value };
  }
  const vi = readVi(clean);
  const en = readEn(clean);
  if (vi !== undefined && en !== undefined) {
    return vi === en ? { kind: 'plain', value: vi } : { kind: 'ambiguous', vi, en };
  }
  if (vi !== undefined) return { kind: 'sure', style: 'vi', value: vi };
  if (en !== undefined) return { kind: 'sure', style: 'en', value: en };
  return { kind: 'invalid' };
}

/** A cell's number in the file's style; undefined when the style cannot read it. */
export function parseNumberIn(text: string, style: NumberStyle): number | undefined {
  const reading = readNumberText(text);
  switch (reading.kind) {
    case 'plain':
      return reading.value;
    case 'sure':
      return reading.style === style ? reading.value : undefined;
    case 'ambiguous':
      return reading[style];
    default:
      return undefined;
  }
}

/** Digits after the decimal mark as written, in the file's style: "69,30" → 2; "12.455" (vi) → 0. */
export function decimalsWritten(text: string, style: NumberStyle): number {
  const clean = cleanNumberText(text);
  const mark = clean.lastIndexOf(style === 'vi' ? ',' : '.');
  return mark < 0 ? 0 : clean.length - mark - 1;
}

/** The decimal mark of a style: in a cell read both ways, the mark that makes it a fraction. */
const decimalMark = (style: NumberStyle) => (style === 'vi' ? ',' : '.');

/** A number cell of the file, where the user finds it. */
export interface NumberCell {
  text: string;
  /** Row and column as the file's report names them (`5:Giá trị`). */
  at: string;
  /** The column, for the rule on fixed decimals. */
  column: string;
  /** A count or a tally: never a fraction, so `21.000` there groups thousands. */
  wholeOnly?: boolean;
}

export type StyleBasis =
  /** The user picked it for this file. */
  | 'chosen'
  /** Cells that only this style reads (one of them named). */
  | 'evidence'
  /** No cell depends on it. */
  | 'unneeded';

export type AskReason =
  /** Cells read both ways, and nothing in the file says which. */
  | 'noEvidence'
  /** Cells that only the Vietnamese style reads, and others that only the English one reads. */
  | 'conflict'
  /** `21,000` in a file of decimal commas: 21 or twenty-one thousand? */
  | 'zeroFraction';

export type StyleDecision =
  | {
      ok: true;
      style: NumberStyle;
      basis: StyleBasis;
      evidence?: NumberCell;
      /** The first cells read both ways (AMBIGUOUS_KEPT), each to be shown with the reading taken. */
      ambiguous: NumberCell[];
      /** How many cells read both ways in all. */
      ambiguousCount: number;
    }
  | {
      ok: false;
      reason: AskReason;
      ambiguous: NumberCell[];
      ambiguousCount: number;
      /** A hint for the question, never a decision: a `;` file is likely Vietnamese (Excel writes `;` where the decimal mark is a comma). */
      likely?: NumberStyle;
      /** For a conflict: one cell of each style. */
      conflict?: { vi: NumberCell; en: NumberCell };
    };

/**
 * How many of the cells read both ways a decision keeps to show (the dialog shows five and counts
 * the rest): a file of millions of rows is decided without holding each cell.
 */
export const AMBIGUOUS_KEPT = 20;

/**
 * The style a file's numbers are read in:
 * 1. the user's choice, when there is one;
 * 2. else the evidence: cells only one style reads (a count's `21.000` is one: a count has no
 *    fraction). Both styles in one file: ask;
 * 3. else, if any cell reads both ways: ask (a `;` file is likely Vietnamese, which the
 *    question says, but a separator is no evidence of a number's meaning);
 * 4. a cell read both ways that the style makes a fraction ending in `000` (`21,000` → 21) is
 *    taken so only when its column has another cell of exactly three decimals; else ask.
 */
export function decideNumberStyle(
  cells: Iterable<NumberCell>,
  separator: string,
  chosen?: NumberStyle,
): StyleDecision {
  const evidence = numberEvidence();
  for (const cell of cells)
    evidence.add(cell.text, cell.column, cell.wholeOnly === true, () => cell);
  return evidence.decide(separator, chosen);
}

/** What decides a file's number style, gathered a cell at a time (a file read as a stream). */
export interface NumberEvidence {
  /**
   * A cell's text, in its column, and whether the column holds whole numbers only; `cell` makes
   * the cell to keep, called only for the few kept (the first of each kind), so that a file of
   * millions of cells makes only those.
   */
  add(text: string, column: string, wholeOnly: boolean, cell: () => NumberCell): void;
  decide(separator: string, chosen?: NumberStyle): StyleDecision;
}

/**
 * The evidence `decideNumberStyle` weighs, kept as it comes: the first cell only each style reads,
 * per style the columns with a cell of exactly three decimals and those with a cell read both
 * ways that the style would make a fraction ending in `000`, and the first cells read both ways.
 */
export function numberEvidence(): NumberEvidence {
  const firstSure: Partial<Record<NumberStyle, NumberCell>> = {};
  const threeDecimals: Record<NumberStyle, Set<string>> = { vi: new Set(), en: new Set() };
  const zeroFraction: Record<NumberStyle, Set<string>> = { vi: new Set(), en: new Set() };
  const ambiguous: NumberCell[] = [];
  let ambiguousCount = 0;
  return {
    add(text, column, wholeOnly, cell) {
      const sure = (style: NumberStyle) => {
        firstSure[style] ??= cell();
        if (!wholeOnly && decimalsWritten(text, style) === 3) threeDecimals[style].add(column);
      };
      const reading = readNumberText(text);
      if (reading.kind === 'sure') sure(reading.style);
      else if (reading.kind === 'ambiguous') {
        ambiguousCount += 1;
        if (ambiguous.length < AMBIGUOUS_KEPT) ambiguous.push(cell());
        const clean = cleanNumberText(text);
        // In a whole-number column the mark can only group thousands.
        if (wholeOnly) sure(clean.includes('.') ? 'vi' : 'en');
        else if (clean.endsWith('000'))
          for (const style of ['vi', 'en'] as const)
            if (clean.includes(decimalMark(style))) zeroFraction[style].add(column);
      }
    },
    decide(separator, chosen) {
      const seen = { ambiguous, ambiguousCount };
      if (chosen) return { ok: true, style: chosen, basis: 'chosen', ...seen };
      const { vi, en } = firstSure;
      if (vi && en) return { ok: false, reason: 'conflict', ...seen, conflict: { vi, en } };
      if (!vi && !en) {
        if (ambiguousCount === 0)
          return { ok: true, style: separator === ';' ? 'vi' : 'en', basis: 'unneeded', ...seen };
        return {
          ok: false,
          reason: 'noEvidence',
          ...seen,
          ...(separator === ';' ? { likely: 'vi' as const } : {}),
        };
      }
      const style: NumberStyle = vi ? 'vi' : 'en';
      const asked = [...zeroFraction[style]].some((column) => !threeDecimals[style].has(column));
      if (asked) return { ok: false, reason: 'zeroFraction', ...seen };
      return { ok: true, style, basis: 'evidence', evidence: (vi ?? en)!, ...seen };
    },
  };
}
