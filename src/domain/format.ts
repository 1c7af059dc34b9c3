/**
 * Numbers in the reader's language: `12,455.236` and `63.90%` in English, `12.455,236` and
 * `63,90%` in Vietnamese (an English reader takes "12.455,236" for about twelve). Dates are
 * dd/mm/yyyy in both. Every number function takes the language, and the text to show for a
 * missing value, so no caller can print `NaN`, `Infinity`, `undefined` or `-0`.
 */

import { decimalsOf } from './metrics';
import type { StatedShare } from './schema';
import type { Lang } from './url-state';

/** The locale each language writes its numbers in. */
export const NUMBER_LOCALES = { vi: 'vi-VN', en: 'en-US' } as const satisfies Record<Lang, string>;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(
  lang: Lang,
  minDecimals: number,
  maxDecimals: number,
  grouping = true,
): Intl.NumberFormat {
  // Vietnamese, the page's own language, for anything else (a caller outside the types).
  const locale = lang === 'en' ? NUMBER_LOCALES.en : NUMBER_LOCALES.vi;
  const key = `${locale}:${minDecimals}:${maxDecimals}:${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: grouping,
      // "0", not "-0", for a negative value that rounds to zero.
      signDisplay: 'negative',
    });
    numberFormats.set(key, format);
  }
  return format;
}

let vietnameseCollator: Intl.Collator | null = null;

/**
 * Names in Vietnamese alphabetical order, numbers in them by value: Quận 3 before Quận 10, as
 * Hồ Chí Minh City's districts are listed. One collator, made when first needed: localeCompare
 * with a locale builds one on every comparison, which cost more than the sort itself.
 */
export function compareVietnamese(a: string, b: string): number {
  return (vietnameseCollator ??= new Intl.Collator('vi', { numeric: true })).compare(a, b);
}

/**
 * The first collator and the first number format load ICU's Vietnamese data: 10–30 ms each on
 * this machine, a long task on a phone. Each of these makes one, so that the app can run them in
 * tasks of their own while its data loads (src/main.tsx), rather than inside the first render.
 */
export const localeDataWarmUps: readonly (() => void)[] = [
  () => void compareVietnamese('a', 'b'),
  () => void formatNumber(0, 'vi', ''),
];

export function isPresent(value: number | null | undefined): value is number {
  return value != null && Number.isFinite(value);
}

/** 12455.236 → "12.455,236" (vi), "12,455.236" (en); up to `maxDecimals` digits, trailing zeros dropped. */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  missing: string,
  maxDecimals = 3,
  minDecimals = 0,
): string {
  if (!isPresent(value)) return missing;
  return numberFormat(lang, minDecimals, Math.max(minDecimals, maxDecimals)).format(value);
}

/**
 * A number in a CSV cell, for a spreadsheet to read back: as formatNumber in Vietnamese (what
 * Excel set to Vietnamese reads), without thousands separators in English (`12455.236`), so
 * that no cell of a comma-separated file needs quoting and any program reads it. Missing: empty.
 */
export function formatDataNumber(
  value: number | null | undefined,
  lang: Lang,
  maxDecimals = 3,
  minDecimals = 0,
): string {
  if (!isPresent(value)) return '';
  return numberFormat(lang, minDecimals, Math.max(minDecimals, maxDecimals), lang !== 'en').format(
    value,
  );
}

/** 69.3548 → "69,35%" (vi), "69.35%" (en). */
export function formatPercent(
  value: number | null | undefined,
  lang: Lang,
  missing: string,
  decimals = 2,
): string {
  if (!isPresent(value)) return missing;
  return `${numberFormat(lang, decimals, decimals).format(value)}%`;
}

/**
 * A share as the article states it, at the precision it was stated: "hơn 64%", "khoảng 70,5%"
 * ("about 70.5%" in English). The qualifier words come from the interface language; the one
 * function every screen, export and slide uses for this text.
 */
export function formatStatedShare(
  share: StatedShare | null | undefined,
  lang: Lang,
  qualifiers: Readonly<Record<StatedShare['qualifier'], string>>,
  missing: string,
): string {
  if (!share) return missing;
  const decimals = share.decimals ?? decimalsOf(share.percent);
  return `${qualifiers[share.qualifier]}${formatPercent(share.percent, lang, missing, decimals)}`;
}

/**
 * The sign a stated share's qualifier is written with before its number, where a file has no
 * room for words: ">64" in a CSV, `">"0%` in a workbook's number format.
 */
export const STATED_SHARE_SIGN = {
  exact: '',
  'more-than': '>',
  'less-than': '<',
  about: '≈',
} as const satisfies Readonly<Record<StatedShare['qualifier'], string>>;

/** A signed growth: 36 → "+36%", -4.5 → "−4,5%" (vi), "−4.5%" (en). */
export function formatGrowth(
  value: number | null | undefined,
  lang: Lang,
  missing: string,
  decimals = 1,
): string {
  if (!isPresent(value)) return missing;
  const body = numberFormat(lang, 0, decimals).format(Math.abs(value));
  // Rounded to zero, a growth has no sign either: "0%", never "+0%" or "−0%".
  if (body.replace(/[^1-9]/g, '') === '') return `${body}%`;
  if (value > 0) return `+${body}%`;
  return `−${body}%`;
}

/** An ISO timestamp as local "dd/mm/yyyy hh:mm". */
export function formatDateTime(iso: string | null | undefined, missing: string): string {
  if (!iso) return missing;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return missing;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "2024-06-27" → "27/06/2024"; "2022-10" → "10/2022"; "2022" → "2022". */
export function formatDate(value: string | null | undefined, missing: string): string {
  if (!value) return missing;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return missing;
  const [, year, month, day] = match;
  if (day && month) return `${day}/${month}/${year}`;
  if (month) return `${month}/${year}`;
  return year ?? missing;
}
