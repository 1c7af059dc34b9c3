import type { CsvTable } from '../../domain/csv-table';
import { DATASET_CSV_COLUMNS } from '../../domain/dataset-columns';
import {
  fillMerged,
  tableFromGrid,
  type Grid,
  type GridCell,
  type MergedRange,
} from '../../domain/sheet-table';
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

const DAY_MS = 86_400_000;

/** A date cell's day. SheetJS gives midnight, UTC or local by version: the nearest day is it. */
function isoDay(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (!Number.isFinite(time)) return null;
  const local = value instanceof Date ? value.getTimezoneOffset() * 60_000 : 0;
  const utcMidnight = Math.round(time / DAY_MS) * DAY_MS;
  const localMidnight = Math.round((time - local) / DAY_MS) * DAY_MS;
  // Whichever midnight the value lies on (a date has no time of day); else the UTC day.
  const day =
    Math.abs(time - utcMidnight) <= Math.abs(time - local - localMidnight)
      ? utcMidnight
      : localMidnight;
  return new Date(day).toISOString().slice(0, 10);
}

/** Decimals a number format shows (`0.00%` → 2), or the shown text has (`64.29%` → 2). */
function decimalsShown(format: string | undefined, shown: string | undefined): number | undefined {
  const section = format?.split(';')[0];
  const fromFormat = section ? /[.](0+)/.exec(section.replace(/"[^"]*"/g, '')) : null;
  if (fromFormat) return fromFormat[1]!.length;
  if (section && /^[#0,]*%$/.test(section.replace(/\\ |"[^"]*"/g, ''))) return 0;
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
    const format = typeof cell.z === 'string' ? cell.z : undefined;
    const percent = (format ?? '').replace(/"[^"]*"/g, '').includes('%') || /%\s*$/.test(shown);
    const decimals = decimalsShown(format, cell.w);
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
    const format = typeof cell.z === 'string' ? cell.z.replace(/"[^"]*"|\[[^\]]*\]/g, '') : '';
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
