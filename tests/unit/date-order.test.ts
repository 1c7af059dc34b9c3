import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_KEPT } from '../../src/domain/number-style';
import { decideDateOrder, parseCsvDate, type DateOrder } from '../../src/domain/date-order';

const cells = (...texts: string[]) =>
  texts.map((text, index) => ({ text, at: `${index + 2}:Đến ngày` }));

describe('the order of a file’s dates', () => {
  it.each<[string[], boolean, DateOrder | undefined, string]>([
    [['30/06/2026'], false, undefined, 'dm evidence'],
    [['06/30/2026'], true, undefined, 'md evidence'],
    // Vietnamese numbers make day first likely (said when asking), never certain.
    [['05/06/2026'], true, undefined, 'ask noEvidence'],
    [['05/06/2026'], false, undefined, 'ask noEvidence'],
    [['05/06/2026', '30/06/2026'], false, undefined, 'dm evidence'],
    [['30/06/2026', '06/30/2026'], true, undefined, 'ask conflict'],
    [['05/05/2026', '2026-06-30', '06/2026', ''], false, undefined, 'dm unneeded'],
    [['05/06/2026'], false, 'md', 'md chosen'],
    [['30/06/2026', '06/30/2026'], false, 'dm', 'dm chosen'],
  ])('%j (Vietnamese file: %s, chosen %s) → %s', (texts, vietnamese, chosen, expected) => {
    const decision = decideDateOrder(cells(...texts), vietnamese, chosen);
    expect(decision.ok ? `${decision.order} ${decision.basis}` : `ask ${decision.reason}`).toBe(
      expected,
    );
  });

  it('keeps the first dates read both ways to show, and counts them all', () => {
    const many = Array.from(
      { length: 500 },
      (_, index) => `0${(index % 8) + 1}/1${index % 3}/2026`,
    );
    const decision = decideDateOrder(cells(...many, '30/06/2026'), false);
    expect(decision).toMatchObject({ ok: true, order: 'dm', ambiguousCount: 500 });
    expect(decision.ambiguous.map((cell) => cell.text)).toEqual(many.slice(0, AMBIGUOUS_KEPT));
  });

  it.each<[string, DateOrder, string | undefined]>([
    ['30/06/2026', 'dm', '2026-06-30'],
    ['06/30/2026', 'md', '2026-06-30'],
    ['06/30/2026', 'dm', undefined],
    ['05/06/2026', 'dm', '2026-06-05'],
    ['05/06/2026', 'md', '2026-05-06'],
    ['29/02/2024', 'dm', '2024-02-29'],
    ['29/02/2026', 'dm', undefined],
    ['31/04/2026', 'dm', undefined],
    ['13/2026', 'dm', undefined],
    ['06/2026', 'md', '2026-06'],
    ['2026-02-30', 'dm', undefined],
    ['2026', 'dm', '2026'],
    ['ngày 5', 'dm', undefined],
  ])('%j read %s first is %s', (text, order, expected) => {
    expect(parseCsvDate(text, order)).toBe(expected);
  });
});
