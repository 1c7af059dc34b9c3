import { useMemo } from 'react';
import {
  formatDate,
  formatGrowth,
  formatNumber,
  formatPercent,
  formatStatedShare,
} from '../domain/format';
import type { StatedShare } from '../domain/schema';
import { DERIVED_DECIMALS, type DerivedMark } from '../domain/view-model';
import { useMessages } from '../i18n/use-messages';

/** vi-VN formatters that print the current language's "no data" for a missing value. */
export function useFormatters() {
  const t = useMessages();
  return useMemo(
    () => ({
      number: (value: number | null | undefined, decimals = 3) =>
        formatNumber(value, t.noData, decimals),
      /** A whole count: 3.000. */
      count: (value: number) => formatNumber(value, t.noData, 0),
      /** A value at its metric's precision, or "≈" and one decimal when it is derived. */
      value: (value: number | null | undefined, decimals: number, derived: DerivedMark | null) =>
        derived && value != null
          ? `≈ ${formatNumber(value, t.noData, DERIVED_DECIMALS)}`
          : formatNumber(value, t.noData, decimals),
      percent: (value: number | null | undefined, decimals = 2) =>
        formatPercent(value, t.noData, decimals),
      growth: (value: number | null | undefined) => formatGrowth(value, t.noData),
      date: (value: string | null | undefined) => formatDate(value, t.notStated),
      statedShare: (share: StatedShare | null | undefined) =>
        formatStatedShare(share, t.shareQualifier, t.notStated),
    }),
    [t],
  );
}

export type Formatters = ReturnType<typeof useFormatters>;
