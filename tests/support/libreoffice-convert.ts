import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasLibreOffice } from './libreoffice';

/**
 * Workbooks opened by LibreOffice headless, as office staff's own software opens them, and each
 * of their sheets saved as CSV: what a spreadsheet holds in every cell, read back as text.
 */

/** LibreOffice's version, `[7, 4]`; null when it cannot say. */
function libreOfficeVersion(): [number, number] | null {
  const said = execFileSync('soffice', ['--version'], { encoding: 'utf8' });
  const match = /LibreOffice (\d+)\.(\d+)/.exec(said);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export interface SheetCsvOptions {
  /**
   * The cells as the spreadsheet shows them (`>64%`, `27/06/2024`, `12,455.236` in its en-US
   * locale), or their values (`0.64` as `64%`, a number with all its digits).
   */
  shown: boolean;
}

/**
 * Each workbook's sheets as CSV text (UTF-8, `,` between fields, `"` quotes), by sheet name, in
 * one run of LibreOffice with a profile of its own, so that tests run side by side. The filter's
 * 12th option, `-1`, writes every sheet to a file of its own (`<file>-<sheet>.csv`), which
 * LibreOffice does from 7.2 on.
 */
export function sheetsAsCsv(
  workbooks: readonly Uint8Array[],
  options: SheetCsvOptions,
): Map<string, string>[] {
  if (!hasLibreOffice())
    throw new Error(
      'LibreOffice (soffice) is needed to open workbooks in this test: apt-get install libreoffice-calc-nogui',
    );
  const version = libreOfficeVersion();
  if (!version || version[0] < 7 || (version[0] === 7 && version[1] < 2))
    throw new Error(
      `LibreOffice 7.2 or later is needed to save every sheet as CSV; found ${version?.join('.') ?? 'an unknown version'}`,
    );
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-workbook-'));
  try {
    const inputs = workbooks.map((bytes, index) => {
      const input = join(folder, `so-lieu-${index + 1}.xlsx`);
      writeFileSync(input, bytes);
      return input;
    });
    // Separator (44: ","), quote (34: '"'), character set (76: UTF-8), first line, column formats,
    // language (1033: en-US), quote all text, detect special numbers, save cells as shown, save
    // formulas (no: their results), remove spaces, sheet (-1: all).
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,${options.shown},false,false,-1`;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        folder,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const written = readdirSync(folder);
    return inputs.map((_, index) => {
      const prefix = `so-lieu-${index + 1}-`;
      const sheets = new Map<string, string>();
      for (const file of written) {
        if (!file.startsWith(prefix) || !file.endsWith('.csv')) continue;
        const sheet = file.slice(prefix.length, -'.csv'.length).normalize('NFC');
        sheets.set(sheet, readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, ''));
      }
      if (sheets.size === 0) throw new Error(`LibreOffice saved no sheet of workbook ${index + 1}`);
      return sheets;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A deck as LibreOffice Impress prints it: its PDF, and the text of each page (pdftotext). */
export interface PrintedDeck {
  pdf: Buffer;
  pages: string[];
}

/**
 * A PowerPoint deck opened by LibreOffice Impress headless and printed to PDF, each page's text
 * read by poppler's pdftotext: what a colleague without PowerPoint sees of it.
 */
export function deckAsPdf(bytes: Uint8Array): PrintedDeck {
  if (!hasLibreOffice())
    throw new Error(
      'LibreOffice Impress is needed to open the deck in this test: apt-get install libreoffice-impress-nogui',
    );
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-deck-'));
  try {
    const input = join(folder, 'bao-cao.pptx');
    writeFileSync(input, bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const pdf = readFileSync(join(folder, 'bao-cao.pdf'));
    // Pages end in a form feed.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(folder, 'bao-cao.pdf'), '-'], {
      encoding: 'utf8',
    });
    const pages = text.split('\f').slice(0, -1);
    return { pdf, pages: pages.map((page) => page.normalize('NFC')) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
