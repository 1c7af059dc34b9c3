import type { CsvTable } from '../../domain/csv-table';
import { DATASET_CSV_COLUMNS } from '../../domain/dataset-columns';
import {
  fillMerged,
  tableFromGrid,
  type Grid,
  type GridCell,
  type MergedRange,
} from '../../domain/sheet-table';
import { readNumberText } from '../../domain/number-style';
import { zipUnpackedSize } from '../../domain/zip-size';

/**
 * An Excel (`.xlsx`) or LibreOffice (`.ods`) workbook as the table of its dataset sheet. The
 * reader is SheetJS Community Edition (`@e965/xlsx`, 0.20.3: past both advisories of the npm
 * `xlsx` 0.18.5), loaded only when a workbook is opened. Cells keep what the spreadsheet holds:
 * a number is a number, a date a date, a percentage a percentage, so no separator or order is
 * ever guessed for them.
 */

/** Unpacked, a workbook may take this much; more is refused before it is inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type WorkbookRead =
  { ok: true; table: CsvTable } | { ok: false; problem: 'workbook' | 'unpackedTooLarge' };

/** The part of a SheetJS cell read here (`t`: type, `v`: value, `w`: shown text, `z`: format). */
interface SheetCell {
  t: 'b' | 'e' | 'n' | 'd' | 's' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
  /** A formula. */
  f?: string;
}

/**
 * A date cell's calendar day. SheetJS gives the cell's wall-clock date and time as UTC, so the
 * day is the UTC day, a time of day and all (01/10/2022 15:00 is 1 October), never rounded; the
 * second added covers the binary noise of a time stored as 23:59:59.999.
 */
function isoDay(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (!Number.isFinite(time)) return null;
  return new Date(time + 1000).toISOString().slice(0, 10);
}

/**
 * A number format's first section with what only shows as text taken out: quoted text
 * (`"%"`), escaped characters (`\%`), spacing (`_)`), fill (`*-`) and brackets (`[Red]`,
 * `[$-42A]`). What is left is what formats the number: a `%` there makes it a percentage.
 */
function formatCode(format: string | undefined): string | undefined {
  if (format === undefined || format === 'General') return undefined;
  return format.split(';')[0]!.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
}

/** Whether a shown text is the value as a percentage (`64.29%` for 0.6429), in either style. */
function shownAsPercent(shown: string, value: number): boolean {
  if (!shown.trim().endsWith('%')) return false;
  const reading = readNumberText(shown);
  const readings =
    reading.kind === 'ambiguous'
      ? [reading.vi, reading.en]
      : reading.kind === 'sure' || reading.kind === 'plain'
        ? [reading.value]
        : [];
  const hundredfold = value * 100;
  return readings.some(
    (number) => Math.abs(number - hundredfold) <= 1e-9 * Math.max(1, Math.abs(hundredfold)),
  );
}

/** Decimals a number format shows (`0.00%` → 2), or the shown text has (`64.29%` → 2). */
function decimalsShown(code: string | undefined, shown: string | undefined): number | undefined {
  const fromFormat = code ? /[.](0+)/.exec(code) : null;
  if (fromFormat) return fromFormat[1]!.length;
  if (code && /^[#0,]*%$/.test(code.replace(/\s/g, ''))) return 0;
  const fromText = shown ? /\d[.,](\d+)\s*%?$/.exec(shown.trim()) : null;
  return fromText ? fromText[1]!.length : undefined;
}

/** One SheetJS cell as the text it shows and the number or date it holds. */
export function gridCellOf(cell: SheetCell | undefined): GridCell | undefined {
  if (!cell) return undefined;
  // A formula saved without its result (a workbook a program wrote and no spreadsheet opened):
  // its text, never a blank that would drop the figure without a word.
  if (cell.f && cell.v === undefined) return { text: `=${cell.f}` };
  if (cell.t === 'z') return undefined;
  if (cell.t === 'e') return { text: cell.w ?? '#ERROR' };
  const shown = cell.w ?? (cell.v == null ? '' : String(cell.v));
  if (cell.t === 's') return { text: String(cell.v ?? '') };
  if (cell.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v)) {
    // A percentage by its format; where there is none (an .ods), by a shown text that is the
    // value times 100 with a `%`. A `%` written as text (`0.00"%"`) is no percentage.
    const code = formatCode(typeof cell.z === 'string' ? cell.z : undefined);
    const percent = code !== undefined ? code.includes('%') : shownAsPercent(shown, cell.v);
    const decimals = decimalsShown(code, cell.w);
    return {
      text: shown,
      typed: {
        kind: 'number',
        // -0 is 0.
        value: cell.v === 0 ? 0 : cell.v,
        ...(percent ? { percent: true } : {}),
        ...(decimals !== undefined ? { decimals } : {}),
      },
    };
  }
  if (cell.t === 'd') {
    const day = isoDay(cell.v);
    if (!day) return { text: shown };
    // "10/2022" typed in Excel is held as 1 October 2022, shown without its day: the month is
    // what was written, and all that is kept.
    // Minutes (h:mm, mm:ss) are no month.
    const format = (formatCode(typeof cell.z === 'string' ? cell.z : undefined) ?? '').replace(
      /h+[^a-z]*m+|m+[^a-z]*s+/gi,
      '',
    );
    const iso =
      !/[dmy]/i.test(format) || /d/i.test(format)
        ? day
        : /m/i.test(format)
          ? day.slice(0, 7)
          : day.slice(0, 4);
    return { text: shown, typed: { kind: 'date', iso } };
  }
  return { text: shown };
}

/** The sheet's cells from A1, as SheetJS's dense mode holds them, merged ranges filled. */
function gridOf(sheet: { '!data'?: (SheetCell | undefined)[][]; '!merges'?: MergedRange[] }): Grid {
  return fillMerged(
    (sheet['!data'] ?? []).map((row) => (row ?? []).map(gridCellOf)),
    sheet['!merges'] ?? [],
  );
}

/**
 * Reads the workbook: the first visible sheet whose header row (within its first ten rows)
 * names the template's columns, or the first visible sheet when none does.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const size = zipUnpackedSize(bytes);
  if (!size.ok)
    return { ok: false, problem: size.reason === 'tooLarge' ? 'unpackedTooLarge' : 'workbook' };
  if (size.unpacked > MAX_UNPACKED_BYTES) return { ok: false, problem: 'unpackedTooLarge' };
  const { read } = await import('@e965/xlsx');
  let workbook: ReturnType<typeof read>;
  try {
    workbook = read(bytes, { type: 'array', cellDates: true, cellNF: true, dense: true });
  } catch {
    return { ok: false, problem: 'workbook' };
  }
  const hidden = new Set(
    (workbook.Workbook?.Sheets ?? []).filter((sheet) => sheet.Hidden).map((sheet) => sheet.name),
  );
  const tables = workbook.SheetNames.filter((name) => !hidden.has(name)).map((name) =>
    tableFromGrid(gridOf(workbook.Sheets[name] as never), DATASET_CSV_COLUMNS, name),
  );
  const table = tables.find((candidate) => candidate.found) ?? tables[0];
  return table ? { ok: true, table } : { ok: false, problem: 'workbook' };
}
