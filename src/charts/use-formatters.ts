import { useMemo } from 'react';
import { formatDate, formatGrowth, formatNumber, formatPercent } from '../domain/format';
import type { StatedShare } from '../domain/schema';
import type { DerivedMark } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';
import { statedShareText, valueText } from './figure-words';

/**
 * Numbers written the way the page's language writes them (the messages' `numberLang`: while
 * English is loading the page is Vietnamese, numbers included), with that language's
 * "no data" for a missing value.
 */
export function useFormatters() {
  const t = useMessages();
  return useMemo(() => {
    const lang = t.numberLang;
    return {
      number: (value: number | null | undefined, decimals = 3) =>
        formatNumber(value, lang, t.noData, decimals),
      /** A whole count: 3.000 (vi), 3,000 (en). */
      count: (value: number) => formatNumber(value, lang, t.noData, 0),
      /** A value at its metric's precision, or "≈" and one decimal when it is derived. */
      value: (value: number | null | undefined, decimals: number, derived: DerivedMark | null) =>
        valueText(value, decimals, derived, t),
      percent: (value: number | null | undefined, decimals = 2) =>
        formatPercent(value, lang, t.noData, decimals),
      growth: (value: number | null | undefined) => formatGrowth(value, lang, t.noData),
      date: (value: string | null | undefined) => formatDate(value, t.notStated),
      statedShare: (share: StatedShare | null | undefined) => statedShareText(share, t),
    };
  }, [t]);
}

export type Formatters = ReturnType<typeof useFormatters>;
