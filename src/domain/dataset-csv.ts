import Papa from 'papaparse';
import { csvFile, withoutInertMark } from './csv-cell';
import { formatNumber } from './format';
import { decimalsOf } from './metrics';
import type { Dataset, Observation, Period, Source, StatedShare } from './schema';
import type { Problem } from './validate';

/**
 * The dataset's figures as a long CSV, one row per figure, for office staff working in Excel.
 * Districts, metrics and topics are referred to by their ids (listed in docs/dataset.md); a row
 * may define a new period or a new source in its own columns. Written as Vietnamese Excel
 * expects (UTF-8 with BOM, `;`, `12.455,236`); read from that or from plain CSV (`,`,
 * `12455.236`), with dates as dd/mm/yyyy. The same file in either language of the page: it is
 * the dataset's own exchange format, its columns named in Vietnamese, not a view of it (a
 * figure's CSV, features/export/csv.ts, is written in the reader's language).
 */
export const DATASET_CSV_COLUMNS = [
  'Mã số liệu',
  'Mã đơn vị',
  'Mã chỉ số',
  'Mã lĩnh vực',
  'Mã kỳ',
  'Tên kỳ',
  'Từ ngày',
  'Đến ngày',
  'Năm',
  'Giá trị',
  'Chỉ tiêu / tổng số',
  'Kỳ của chỉ tiêu',
  'Tỷ lệ bài viết nêu (%)',
  'Tăng so với cùng kỳ (%)',
  'Kỳ so sánh',
  'Mã nguồn',
  'Tiêu đề nguồn',
  'Đơn vị đăng',
  'Ngày đăng',
  'Tệp nguồn',
  'Trích dẫn',
  'Công thức (nếu là giá trị suy ra)',
] as const;

type Column = (typeof DATASET_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

function isoToVi(iso: string | undefined | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

const viNumber = (value: number | null | undefined) =>
  value == null ? '' : formatNumber(value, 'vi', '', 6);

function sharePrefix(share: StatedShare): string {
  return { exact: '', 'more-than': '>', 'less-than': '<', about: '≈' }[share.qualifier];
}

/** The dataset's figures as CSV text, with their periods and sources spelt out. */
export function datasetToCsv(dataset: Dataset): string {
  const periods = new Map(dataset.periods.map((period) => [period.id, period]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows = dataset.observations.map((obs): Row => {
    const period = periods.get(obs.period);
    const source = sources.get(obs.source);
    return {
      'Mã số liệu': obs.id,
      'Mã đơn vị': obs.unit,
      'Mã chỉ số': obs.metric,
      'Mã lĩnh vực': obs.topic ?? '',
      'Mã kỳ': obs.period,
      'Tên kỳ': period?.label.vi ?? '',
      'Từ ngày': isoToVi(period?.start),
      'Đến ngày': isoToVi(period?.end),
      Năm: period ? String(period.year) : '',
      'Giá trị': viNumber(obs.value),
      'Chỉ tiêu / tổng số': viNumber(obs.target),
      'Kỳ của chỉ tiêu': obs.targetPeriod ?? '',
      // Printed with the article's digits ("69,30"), which the reader takes back as decimals.
      'Tỷ lệ bài viết nêu (%)': obs.statedShare
        ? `${sharePrefix(obs.statedShare)}${formatNumber(
            obs.statedShare.percent,
            'vi',
            '',
            Math.max(obs.statedShare.decimals ?? 0, decimalsOf(obs.statedShare.percent)),
            obs.statedShare.decimals ?? 0,
          )}`
        : '',
      'Tăng so với cùng kỳ (%)': obs.statedGrowth ? viNumber(obs.statedGrowth.percent) : '',
      'Kỳ so sánh': obs.statedGrowth?.comparedTo ?? '',
      'Mã nguồn': obs.source,
      'Tiêu đề nguồn': source?.title ?? '',
      'Đơn vị đăng': source?.publisher ?? '',
      'Ngày đăng': isoToVi(source?.date),
      'Tệp nguồn': source?.file ?? '',
      'Trích dẫn': obs.quote,
      'Công thức (nếu là giá trị suy ra)': obs.derived?.formula ?? '',
    };
  });
  return csvFile(
    [DATASET_CSV_COLUMNS, ...rows.map((row) => DATASET_CSV_COLUMNS.map((column) => row[column]))],
    ';',
  );
}

/**
 * A number as Vietnamese Excel or a plain CSV writes it. `12.455,236` and `12455.236` are both
 * 12455.236; `12.455` (a dot before exactly three digits, no comma) is read the Vietnamese way,
 * as twelve thousand four hundred fifty-five. Returns undefined when the text is not a number.
 */
export function parseCsvNumber(text: string, separator = ';'): number | undefined {
  let value = text
    .trim()
    .replace(/\s|\u00a0/g, '')
    .replace(/^'/, '')
    .replace(/%$/, '');
  if (value === '') return undefined;
  const hasComma = value.includes(',');
  const hasDot = value.includes('.');
  if (hasComma && hasDot) {
    value =
      value.lastIndexOf(',') > value.lastIndexOf('.')
        ? value.replace(/\./g, '').replace(',', '.')
        : value.replace(/,/g, '');
  } else if (hasComma) {
    value = value.replace(',', '.');
  } else if (separator !== ',' && hasDot && /^-?\d{1,3}(\.\d{3})+$/.test(value)) {
    // In a ";" file (Vietnamese Excel) a dot groups thousands; in a "," file it is the decimal mark.
    value = value.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Digits after the decimal mark as written: "69,30" → 2; "12.455" in a ";" file → 0. */
function printedDecimals(text: string, separator: string): number {
  // Cleaned as parseCsvNumber cleans it: "69,30 %" has two decimals, not three.
  const value = text
    .replace(/\s|\u00a0/g, '')
    .replace(/^'/, '')
    .replace(/%$/, '');
  const comma = value.lastIndexOf(',');
  const dot = value.lastIndexOf('.');
  const groupingDots = separator !== ',' && /^-?\d{1,3}(\.\d{3})+$/.test(value);
  const mark = comma >= 0 ? Math.max(comma, dot) : groupingDots ? -1 : dot;
  return mark < 0 ? 0 : value.length - mark - 1;
}

/** dd/mm/yyyy (or mm/yyyy, yyyy, or ISO) → the ISO form the dataset uses. */
export function parseCsvDate(text: string): string | undefined {
  const value = text.trim();
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  match = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) return `${match[2]}-${match[1]!.padStart(2, '0')}`;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  return undefined;
}

export type CsvRead =
  { ok: true; dataset: Dataset; rowOfObservation: number[] } | { ok: false; problems: Problem[] };

/**
 * Reads the CSV into a dataset built on `base` (its districts, metrics, topics, periods and
 * sources), with the CSV's figures and any periods or sources the rows define. Never throws.
 * Problems name the row (as numbered in Excel, the header being row 1) and the column.
 */
export function readDatasetCsv(text: string, base: Dataset): CsvRead {
  let parsed: Papa.ParseResult<Record<string, string>>;
  try {
    parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      // Blank rows are skipped below, so that row numbers stay those Excel shows.
      skipEmptyLines: false,
      delimitersToGuess: [';', ',', '\t'],
      transformHeader: (header) => header.trim(),
    });
  } catch {
    return { ok: false, problems: [{ path: '', code: 'invalid' }] };
  }
  const problems: Problem[] = [];
  const headers = parsed.meta.fields ?? [];
  const separator = parsed.meta.delimiter;
  // A broken quote swallows the rows after it: never a silent loss.
  for (const error of parsed.errors) {
    // Fewer cells than headers is how Excel ends a row whose last cells are empty: no loss.
    if (error.code === 'TooFewFields') continue;
    problems.push({
      path: error.row != null ? `${error.row + 2}:` : '',
      code: 'invalid',
      detail: error.message,
    });
  }
  const known = new Set<string>(DATASET_CSV_COLUMNS);
  for (const header of headers) {
    if (header !== '' && !known.has(header))
      problems.push({ path: `[${header}]`, code: 'unknownColumn' });
  }
  for (const required of [
    'Mã đơn vị',
    'Mã chỉ số',
    'Mã kỳ',
    'Giá trị',
    'Mã nguồn',
    'Trích dẫn',
  ] as const) {
    if (!headers.includes(required)) problems.push({ path: `[${required}]`, code: 'required' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const periods = new Map<string, Period>(base.periods.map((period) => [period.id, period]));
  const sources = new Map<string, Source>(base.sources.map((source) => [source.id, source]));
  const observations: Observation[] = [];
  const rowOfObservation: number[] = [];

  parsed.data.forEach((raw, index) => {
    if (Object.values(raw).every((cell) => String(cell ?? '').trim() === '')) return;
    if ('__parsed_extra' in raw) {
      problems.push({ path: `${index + 2}:`, code: 'invalid', detail: 'extra cells' });
    }
    // A text cell that Excel (or our own export) protected with an apostrophe: the text itself.
    const row = (column: Column) => withoutInertMark(String(raw[column] ?? '').trim());
    const at = (column: Column) => `${index + 2}:${column}`;
    const numberAt = (column: Column): number | null | undefined => {
      const textValue = row(column);
      if (textValue === '') return null;
      const value = parseCsvNumber(textValue, separator);
      if (value === undefined)
        problems.push({ path: at(column), code: 'number', detail: textValue });
      return value;
    };

    const periodId = row('Mã kỳ');
    const existingPeriod = periods.get(periodId);
    if (existingPeriod && row('Đến ngày')) {
      // A row may repeat a period's dates; it may not give the same period other dates.
      const end = parseCsvDate(row('Đến ngày'));
      const start = row('Từ ngày') ? parseCsvDate(row('Từ ngày')) : undefined;
      if (end !== existingPeriod.end || start !== existingPeriod.start) {
        problems.push({ path: at('Đến ngày'), code: 'conflictingDefinition', detail: periodId });
      }
    }
    if (periodId && !periods.has(periodId) && row('Đến ngày')) {
      const end = parseCsvDate(row('Đến ngày'));
      const start = row('Từ ngày') ? parseCsvDate(row('Từ ngày')) : undefined;
      if (!end) problems.push({ path: at('Đến ngày'), code: 'isoDate', detail: row('Đến ngày') });
      if (row('Từ ngày') && !start)
        problems.push({ path: at('Từ ngày'), code: 'isoDate', detail: row('Từ ngày') });
      if (end) {
        const label = row('Tên kỳ') || periodId;
        const year = parseCsvNumber(row('Năm'), separator) ?? Number(end.slice(0, 4));
        periods.set(periodId, {
          id: periodId,
          label: { vi: label },
          shortLabel: { vi: label },
          year,
          ...(start ? { start } : {}),
          end,
        });
      }
    }

    const sourceId = row('Mã nguồn');
    const existingSource = sources.get(sourceId);
    if (
      existingSource &&
      row('Tiêu đề nguồn') &&
      row('Tiêu đề nguồn') !== (existingSource.title ?? '')
    ) {
      problems.push({ path: at('Tiêu đề nguồn'), code: 'conflictingDefinition', detail: sourceId });
    }
    if (sourceId && !sources.has(sourceId) && (row('Tiêu đề nguồn') || row('Tệp nguồn'))) {
      const date = row('Ngày đăng') ? parseCsvDate(row('Ngày đăng')) : undefined;
      if (row('Ngày đăng') && !date)
        problems.push({ path: at('Ngày đăng'), code: 'partialDate', detail: row('Ngày đăng') });
      sources.set(sourceId, {
        id: sourceId,
        title: row('Tiêu đề nguồn') || null,
        publisher: row('Đơn vị đăng') || null,
        date: date ?? null,
        file: row('Tệp nguồn') || sourceId,
      });
    }

    const value = numberAt('Giá trị');
    const target = numberAt('Chỉ tiêu / tổng số');
    const shareText = row('Tỷ lệ bài viết nêu (%)');
    let statedShare: StatedShare | undefined;
    if (shareText) {
      const sign = shareText[0] ?? '';
      const qualifier =
        sign === '>'
          ? 'more-than'
          : sign === '<'
            ? 'less-than'
            : sign === '≈' || sign === '~'
              ? 'about'
              : 'exact';
      const percentText = qualifier === 'exact' ? shareText : shareText.slice(1);
      const percent = parseCsvNumber(percentText, separator);
      if (percent === undefined)
        problems.push({ path: at('Tỷ lệ bài viết nêu (%)'), code: 'number', detail: shareText });
      else {
        // "69,30": the printed zero matters (the article gave two decimals); "69,3" needs no note.
        const printed = printedDecimals(percentText, separator);
        statedShare =
          printed > decimalsOf(percent) && printed <= 6
            ? { percent, qualifier, decimals: printed }
            : { percent, qualifier };
      }
    }
    const growth = numberAt('Tăng so với cùng kỳ (%)');
    if (growth != null && !row('Kỳ so sánh')) {
      problems.push({ path: at('Kỳ so sánh'), code: 'required' });
    }
    const topic = row('Mã lĩnh vực');
    const unit = row('Mã đơn vị');
    const metric = row('Mã chỉ số');
    const formula = row('Công thức (nếu là giá trị suy ra)');
    const id =
      row('Mã số liệu') || `${unit}-${metric}-${periodId}${topic ? `-${topic}` : ''}`.toLowerCase();

    observations.push({
      id,
      unit,
      metric,
      period: periodId,
      ...(topic ? { topic } : {}),
      value: value ?? null,
      ...(target != null ? { target } : {}),
      ...(row('Kỳ của chỉ tiêu') ? { targetPeriod: row('Kỳ của chỉ tiêu') } : {}),
      ...(statedShare ? { statedShare } : {}),
      ...(growth != null && row('Kỳ so sánh')
        ? { statedGrowth: { percent: growth, comparedTo: row('Kỳ so sánh') } }
        : {}),
      ...(formula ? { derived: { formula } } : {}),
      source: sourceId,
      quote: row('Trích dẫn'),
    } as Observation);
    rowOfObservation.push(index + 2);
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      ...base,
      periods: [...periods.values()],
      sources: [...sources.values()],
      observations,
    },
    rowOfObservation,
  };
}

/** Turns `observations[3].value` into the CSV row and column a user can find in Excel. */
export function csvPathOf(problem: Problem, rowOfObservation: readonly number[]): Problem {
  const match = /^observations\[(\d+)\](?:\.(\w+))?/.exec(problem.path);
  if (!match) return problem;
  const row = rowOfObservation[Number(match[1])];
  const columns: Record<string, Column> = {
    unit: 'Mã đơn vị',
    metric: 'Mã chỉ số',
    period: 'Mã kỳ',
    topic: 'Mã lĩnh vực',
    value: 'Giá trị',
    target: 'Chỉ tiêu / tổng số',
    targetPeriod: 'Kỳ của chỉ tiêu',
    statedShare: 'Tỷ lệ bài viết nêu (%)',
    statedGrowth: 'Kỳ so sánh',
    source: 'Mã nguồn',
    quote: 'Trích dẫn',
    id: 'Mã số liệu',
  };
  const column = match[2] ? (columns[match[2]] ?? match[2]) : '';
  return { ...problem, path: `${row ?? '?'}:${column}` };
}
