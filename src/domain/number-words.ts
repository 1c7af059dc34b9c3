/**
 * A number said in words, so that a reading no digits can settle is plain: "21.000" could be
 * twenty-one or twenty-one thousand; "hai mươi mốt nghìn" cannot. Whole part in words, decimals
 * digit by digit, as they are read aloud ("một phẩy hai ba bốn", "one point two three four").
 */
import type { Lang } from './url-state';

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const VI_SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ'];
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion'];

/** 0–999 in Vietnamese; `full` when a higher group comes before it ("không trăm linh năm"). */
function viGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(VI_DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(VI_DIGITS[tens]!, 'mươi');
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units > 0) words.push(VI_DIGITS[units]!);
  return words;
}

/** 0–999 in English. */
function enGroup(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(EN_DIGITS[hundreds]!, 'hundred');
  if (rest >= 20) {
    const units = rest % 10;
    words.push(
      units > 0
        ? `${EN_TENS[Math.floor(rest / 10)]}-${EN_DIGITS[units]}`
        : EN_TENS[Math.floor(rest / 10)]!,
    );
  } else if (rest >= 10) words.push(EN_TEENS[rest - 10]!);
  else if (rest > 0) words.push(EN_DIGITS[rest]!);
  return words;
}

function wholeInWords(whole: number, lang: Lang): string {
  if (whole === 0) return lang === 'vi' ? VI_DIGITS[0]! : EN_DIGITS[0]!;
  const groups: number[] = [];
  for (let rest = whole; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index]!;
    if (group === 0) continue;
    const scale = (lang === 'vi' ? VI_SCALES : EN_SCALES)[index]!;
    const said = lang === 'vi' ? viGroup(group, index < groups.length - 1) : enGroup(group);
    words.push(...said, ...(scale ? [scale] : []));
  }
  return words.join(' ');
}

/**
 * The number in words, in the reader's language. Written out from its shortest decimal form, so
 * 1.234 is "one point two three four". Beyond a thousand trillion, or not finite: undefined.
 */
export function numberInWords(value: number, lang: Lang): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined;
  const [wholeText = '0', fraction = ''] = Math.abs(value)
    .toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 })
    .split('.');
  const digits = lang === 'vi' ? VI_DIGITS : EN_DIGITS;
  const words = [wholeInWords(Number(wholeText), lang)];
  if (fraction) {
    words.push(
      lang === 'vi' ? 'phẩy' : 'point',
      ...[...fraction].map((digit) => digits[Number(digit)]!),
    );
  }
  if (value < 0) words.unshift(lang === 'vi' ? 'âm' : 'minus');
  return words.join(' ');
}
