/**
 * vi-VN formatting, used for both interface languages: the figures go into Vietnamese reports,
 * so `12.455,236` and `69,35%` stay the same whatever language the labels are in.
 * Every function takes the text to show for a missing value, so no caller can print
 * `NaN`, `Infinity` or `undefined`.
 */

import { decimalsOf } from './metrics';
import type { StatedShare } from './schema';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
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
  () => void formatNumber(0, ''),
];

export function isPresent(value: number | null | undefined): value is number {
  return value != null && Number.isFinite(value);
}

/** 12455.236 → "12.455,236"; up to `maxDecimals` digits, trailing zeros dropped. */
export function formatNumber(
  value: number | null | undefined,
  missing: string,
  maxDecimals = 3,
  minDecimals = 0,
): string {
  if (!isPresent(value)) return missing;
  return numberFormat(minDecimals, Math.max(minDecimals, maxDecimals)).format(value);
}

/** 69.3548 → "69,35%". */
export function formatPercent(
  value: number | null | undefined,
  missing: string,
  decimals = 2,
): string {
  if (!isPresent(value)) return missing;
  return `${numberFormat(decimals, decimals).format(value)}%`;
}

/**
 * A share as the article states it, at the precision it was stated: "hơn 64%", "khoảng 70,5%".
 * The qualifier words come from the interface language; the one function every screen, export
 * and slide uses for this text.
 */
export function formatStatedShare(
  share: StatedShare | null | undefined,
  qualifiers: Readonly<Record<StatedShare['qualifier'], string>>,
  missing: string,
): string {
  if (!share) return missing;
  const decimals = share.decimals ?? decimalsOf(share.percent);
  return `${qualifiers[share.qualifier]}${formatPercent(share.percent, missing, decimals)}`;
}

/** A signed growth: 36 → "+36%", -4.5 → "−4,5%". */
export function formatGrowth(
  value: number | null | undefined,
  missing: string,
  decimals = 1,
): string {
  if (!isPresent(value)) return missing;
  const body = numberFormat(0, decimals).format(Math.abs(value));
  if (value > 0) return `+${body}%`;
  if (value < 0) return `−${body}%`;
  return `${body}%`;
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
