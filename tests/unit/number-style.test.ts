import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_KEPT,
  decideNumberStyle,
  decimalsWritten,
  parseNumberIn,
  readNumberText,
  type NumberCell,
  type NumberStyle,
} from '../../src/domain/number-style';
import { numberInWords } from '../../src/domain/number-words';

describe('what a cell can mean', () => {
  it.each([
    ['2026', { kind: 'plain', value: 2026 }],
    ['-5', { kind: 'plain', value: -5 }],
    ['-0', { kind: 'plain', value: 0 }],
    ['-0,0', { kind: 'sure', style: 'vi', value: 0 }],
    ['12,5', { kind: 'sure', style: 'vi', value: 12.5 }],
    ['1.234,5', { kind: 'sure', style: 'vi', value: 1234.5 }],
    ['12.455,236', { kind: 'sure', style: 'vi', value: 12455.236 }],
    ['1.000.000', { kind: 'sure', style: 'vi', value: 1_000_000 }],
    ['0,123', { kind: 'sure', style: 'vi', value: 0.123 }],
    ['1 234,5', { kind: 'sure', style: 'vi', value: 1234.5 }],
    ['1\u00a0234,5', { kind: 'sure', style: 'vi', value: 1234.5 }],
    ['64,29 %', { kind: 'sure', style: 'vi', value: 64.29 }],
    ["'-4,5", { kind: 'sure', style: 'vi', value: -4.5 }],
    ['\u22124,5', { kind: 'sure', style: 'vi', value: -4.5 }],
    ['1,234,567', { kind: 'sure', style: 'en', value: 1_234_567 }],
    ['1234.567', { kind: 'sure', style: 'en', value: 1234.567 }],
    ['0.123', { kind: 'sure', style: 'en', value: 0.123 }],
    ['12,455.236', { kind: 'sure', style: 'en', value: 12455.236 }],
    ['21,000', { kind: 'ambiguous', vi: 21, en: 21000 }],
    ['21.000', { kind: 'ambiguous', vi: 21000, en: 21 }],
    ['1.234', { kind: 'ambiguous', vi: 1234, en: 1.234 }],
    ['-8.599', { kind: 'ambiguous', vi: -8599, en: -8.599 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['1.2.3', { kind: 'invalid' }],
    ['12,3,4', { kind: 'invalid' }],
    ['mười', { kind: 'invalid' }],
    ['1e5', { kind: 'invalid' }],
    ['Infinity', { kind: 'invalid' }],
    ['NaN', { kind: 'invalid' }],
  ])('%j', (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });

  it.each<[string, NumberStyle, number | undefined]>([
    ['21.000', 'vi', 21000],
    ['21.000', 'en', 21],
    ['12,5', 'vi', 12.5],
    ['12,5', 'en', undefined],
    ['1,234.5', 'vi', undefined],
    ['2026', 'en', 2026],
    ['-0', 'vi', 0],
  ])('%j in the %s style is %s', (text, style, expected) => {
    expect(parseNumberIn(text, style)).toBe(expected);
  });

  it.each<[string, NumberStyle, number]>([
    ['69,30', 'vi', 2],
    ['69,30 %', 'vi', 2],
    ['12.455', 'vi', 0],
    ['12.455', 'en', 3],
    ['12,455.2', 'en', 1],
    ['43', 'vi', 0],
  ])('%j in the %s style shows %i decimals', (text, style, decimals) => {
    expect(decimalsWritten(text, style)).toBe(decimals);
  });
});

/** Cells of one column unless named `column:text`; `#` marks a count (whole numbers only). */
function cells(...texts: string[]): NumberCell[] {
  return texts.map((entry, index) => {
    const [column, text] = entry.includes(':') ? entry.split(':') : ['Giá trị', entry];
    const whole = text!.startsWith('#');
    return {
      text: whole ? text!.slice(1) : text!,
      at: `${index + 2}:${column}`,
      column: column!,
      ...(whole ? { wholeOnly: true } : {}),
    };
  });
}

describe('the style of a whole file', () => {
  it.each<[string, string, string[], NumberStyle | undefined, string]>([
    ['1', ',', ['21,000'], undefined, 'ask noEvidence'],
    ['2', ',', ['21.000'], undefined, 'ask noEvidence'],
    ['3', ',', ['1.234'], undefined, 'ask noEvidence'],
    ['4', ',', ['21,000', '1,234,567'], undefined, 'en evidence'],
    ['5', ',', ['21.000', '1.234,5'], undefined, 'vi evidence'],
    ['6', ',', ['21,000', '12,5'], undefined, 'ask zeroFraction'],
    ['7', ',', ['1.234', '12.5'], undefined, 'en evidence'],
    ['8', ',', ['21.000', '12.5'], undefined, 'ask zeroFraction'],
    ['9', ',', ['21.000', '12.500'], undefined, 'ask noEvidence'],
    ['10', ',', ['21.000', '1,234.5', '12,5'], undefined, 'ask conflict'],
    ['11', ',', ['#21.000'], undefined, 'vi evidence'],
    ['12', ',', ['#21,000', '1.234'], undefined, 'en evidence'],
    // A `;` file is likely Vietnamese, but a separator is no evidence of what a number means.
    ['13', ';', ['1.234'], undefined, 'ask noEvidence'],
    ['14', ';', ['1.234', '1,234.56'], undefined, 'en evidence'],
    ['15', ';', ['12.455,236', '-1.234,5'], undefined, 'vi evidence'],
    ['16', ',', ['0.123'], undefined, 'en evidence'],
    ['17', ',', ['1234.567'], undefined, 'en evidence'],
    ['18', '\t', ['21.000'], undefined, 'ask noEvidence'],
    ['19', ',', ['64,29 %', '1 234,5'], undefined, 'vi evidence'],
    ['20', ',', ['21.000', '1.234'], 'en', 'en chosen'],
    ['21', ',', ['2026', '43', ''], undefined, 'en unneeded'],
    ['22', ';', ['2026', '43'], undefined, 'vi unneeded'],
    // A fixed three-decimal column (12.455,236 written as 0,000) makes 21,000 a fraction.
    ['23', ',', ['21,000', '1.455,236'], undefined, 'vi evidence'],
    // Three decimals in another column say nothing of this one.
    ['24', ',', ['21,000', 'Tăng:1.000,236'], undefined, 'ask zeroFraction'],
    ['25', ',', ['#21.000', '#21,000'], undefined, 'ask conflict'],
  ])('case %s (%j): %j → %s', (_case, separator, texts, chosen, expected) => {
    const decision = decideNumberStyle(cells(...texts), separator, chosen);
    const said = decision.ok ? `${decision.style} ${decision.basis}` : `ask ${decision.reason}`;
    expect(said).toBe(expected);
  });

  it('says a `;` file is likely Vietnamese when it asks, and nothing of the kind for a `,` file', () => {
    const semicolon = decideNumberStyle(cells('1.234'), ';');
    expect(semicolon).toMatchObject({ ok: false, reason: 'noEvidence', likely: 'vi' });
    expect(decideNumberStyle(cells('1.234'), ',')).not.toHaveProperty('likely');
  });

  it('lists every cell read both ways, with where it is', () => {
    const decision = decideNumberStyle(cells('1.234', '12.5', 'Chỉ tiêu:8.599'), ',');
    expect(decision.ok && decision.style).toBe('en');
    expect(decision.ambiguous.map((cell) => cell.at)).toEqual(['2:Giá trị', '4:Chỉ tiêu']);
  });

  it('keeps the first cells read both ways to show, and counts them all', () => {
    const many = Array.from({ length: 1_000 }, (_, index) => `${(index % 999) + 1}.500`);
    const decision = decideNumberStyle(cells(...many, '12,5'), ',');
    expect(decision).toMatchObject({ ok: true, style: 'vi', ambiguousCount: 1_000 });
    expect(decision.ambiguous.map((cell) => cell.text)).toEqual(many.slice(0, AMBIGUOUS_KEPT));
  });

  it('decides the same whatever order the cells come in (a file read as a stream)', () => {
    const texts = fc.constantFrom(
      '21.000',
      '21,000',
      '1.234',
      '12,5',
      '1,234.5',
      '1.234,5',
      '0.123',
      '2026',
      '1.455,236',
      '64,29 %',
      '',
    );
    const cell = fc.record({
      text: texts,
      column: fc.constantFrom('Giá trị', 'Chỉ tiêu / tổng số', 'Năm'),
      wholeOnly: fc.boolean(),
    });
    const placed = fc
      .array(cell, { maxLength: 12 })
      .map((list) => list.map((c, index) => ({ ...c, at: `${index + 2}:${c.column}` })));
    const inTwoOrders = placed.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    const said = (d: ReturnType<typeof decideNumberStyle>) =>
      d.ok ? `${d.style} ${d.basis} ${d.ambiguousCount}` : `${d.reason} ${d.ambiguousCount}`;
    fc.assert(
      fc.property(inTwoOrders, fc.constantFrom(',', ';'), ([inFile, shuffled], separator) => {
        expect(said(decideNumberStyle(shuffled, separator))).toBe(
          said(decideNumberStyle(inFile, separator)),
        );
      }),
    );
  });

  it('names one cell of each style in a conflict, and the evidence it went by', () => {
    const conflict = decideNumberStyle(cells('1,234.5', '12,5'), ',');
    expect(conflict).toMatchObject({
      ok: false,
      reason: 'conflict',
      conflict: { en: { text: '1,234.5' }, vi: { text: '12,5' } },
    });
    const sure = decideNumberStyle(cells('21.000', '1.234,5'), ',');
    expect(sure).toMatchObject({ ok: true, evidence: { text: '1.234,5', at: '3:Giá trị' } });
  });

  it('never reads a number other than the chosen style reads it', () => {
    for (const style of ['vi', 'en'] as const) {
      for (const text of ['21.000', '21,000', '1.234', '12,5', '1,234.5', '1.234,5', '0.123']) {
        const reading = readNumberText(text);
        const value = parseNumberIn(text, style);
        if (reading.kind === 'ambiguous') expect(value).toBe(reading[style]);
        else if (reading.kind === 'sure')
          expect(value).toBe(reading.style === style ? reading.value : undefined);
      }
    }
  });
});

describe('numbers in words', () => {
  it.each<[number, string, string]>([
    [0, 'không', 'zero'],
    [21, 'hai mươi mốt', 'twenty-one'],
    [21000, 'hai mươi mốt nghìn', 'twenty-one thousand'],
    [1234, 'một nghìn hai trăm ba mươi bốn', 'one thousand two hundred thirty-four'],
    [1.234, 'một phẩy hai ba bốn', 'one point two three four'],
    [1005, 'một nghìn không trăm linh năm', 'one thousand five'],
    [15, 'mười lăm', 'fifteen'],
    [105, 'một trăm linh năm', 'one hundred five'],
    [8599, 'tám nghìn năm trăm chín mươi chín', 'eight thousand five hundred ninety-nine'],
    [
      12455.236,
      'mười hai nghìn bốn trăm năm mươi lăm phẩy hai ba sáu',
      'twelve thousand four hundred fifty-five point two three six',
    ],
    [2_000_000, 'hai triệu', 'two million'],
    [1_000_021, 'một triệu không trăm hai mươi mốt', 'one million twenty-one'],
    [3_500_000_000, 'ba tỷ năm trăm triệu', 'three billion five hundred million'],
    [-4.5, 'âm bốn phẩy năm', 'minus four point five'],
  ])('%d', (value, vi, en) => {
    expect(numberInWords(value, 'vi')).toBe(vi);
    expect(numberInWords(value, 'en')).toBe(en);
  });

  it('says nothing of a number it cannot say', () => {
    expect(numberInWords(Number.NaN, 'vi')).toBeUndefined();
    expect(numberInWords(Number.POSITIVE_INFINITY, 'en')).toBeUndefined();
    expect(numberInWords(1e16, 'vi')).toBeUndefined();
  });
});
