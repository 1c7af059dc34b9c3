import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Real office files for tests, made by LibreOffice headless (`soffice`), as office staff's own
 * software makes them. `.ci/run` and `scripts/ensure-tools.mjs` install Debian's
 * `libreoffice-calc-nogui` when it is missing.
 */

/** LibreOffice's CSV import options: separator, quote, UTF-8, first line, column types, locale. */
export interface CsvImport {
  separator: ';' | ',' | '\t';
  /** The locale numbers and dates are read in: `vi` (12.455,236; 30/06/2026) or `en-US`. */
  locale: 'vi' | 'en-US';
  /** Columns (1-based) kept as text, as a user who formats them "Text" before typing. */
  textColumns?: number[];
}

const LOCALE_IDS = { vi: 1066, 'en-US': 1033 } as const;

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version']).status === 0;
}

/**
 * CSV texts converted by LibreOffice to `format` (`xlsx`, `ods`), read in the given locale, in one
 * run of it: each file's bytes. Each call has its own LibreOffice profile, so that tests run side
 * by side.
 */
export function convertCsvs(
  csvs: readonly string[],
  format: 'xlsx' | 'ods',
  options: CsvImport,
): Uint8Array[] {
  if (!hasLibreOffice())
    throw new Error(
      'LibreOffice (soffice) is needed to make office files for this test: apt-get install libreoffice-calc-nogui',
    );
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-office-'));
  const inputs = csvs.map((csv, index) => {
    const input = join(folder, `du-lieu-${index + 1}.csv`);
    writeFileSync(input, csv);
    return input;
  });
  const separator = options.separator.charCodeAt(0);
  const columns = (options.textColumns ?? []).map((column) => `${column}/2`).join('/');
  // Field separator, text delimiter ("), character set (76: UTF-8), first line, column formats,
  // language: LibreOffice's documented CSV filter options.
  const filter = `CSV:${separator},34,76,1,${columns},${LOCALE_IDS[options.locale]}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      format,
      '--outdir',
      folder,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return inputs.map((input) => {
    const output = join(folder, `${basename(input, '.csv')}.${format}`);
    if (!existsSync(output)) throw new Error(`LibreOffice made no ${format} from ${input}`);
    return new Uint8Array(readFileSync(output));
  });
}

/** One CSV text converted (see convertCsvs). */
export function convertCsv(csv: string, format: 'xlsx' | 'ods', options: CsvImport): Uint8Array {
  return convertCsvs([csv], format, options)[0]!;
}
