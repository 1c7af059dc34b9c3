import { formatNumber, formatPercent } from '../format';
import { checkStatedShare, decimalsOf, type ShareCheck } from '../metrics';
import type { Derivation, ResolvedObservation } from '../observations';
import type { Metric } from '../schema';
import { judge, timeElapsed, type Judgement } from '../status';
import type { Lang } from '../url-state';
import type { DerivedMark } from './types';

// What a card or a row says about its figure beside the value: how a derived value was
// computed, the share's precision and whether it agrees with the article's, and the part of the
// year a partial figure covers. The KPI cards and the charts say it the same way.

/**
 * Derived values are estimates: shown to one decimal, with "≈", never with the false precision
 * of a division (seed-facts gives 12.455,236 / 1,36 ≈ 9.158,3).
 */
export const DERIVED_DECIMALS = 1;

/**
 * The formula of a derived value, with its figures written the way the view's language writes
 * them: "12.455,236 / 1,36" (vi), "12,455.236 / 1.36" (en). A formula the dataset states is its
 * own text.
 */
export function derivationFormula(
  derivation: Derivation,
  metric: Pick<Metric, 'decimals'>,
  lang: Lang,
): string {
  const n = (value: number, decimals = metric.decimals ?? 3) =>
    formatNumber(value, lang, '', decimals);
  switch (derivation.kind) {
    case 'previous-from-growth':
      return `${n(derivation.from)} / ${n(1 + derivation.growthPercent / 100, 6)}`;
    case 'target-from-share':
      return `${n(derivation.from)} / ${formatPercent(derivation.sharePercent, lang, '', decimalsOf(derivation.sharePercent))}`;
    case 'stated':
      return derivation.formula;
  }
}

export function derivedMark(
  derivation: Derivation | null,
  metric: Metric,
  lang: Lang,
): DerivedMark | null {
  return derivation ? { formula: derivationFormula(derivation, metric, lang) } : null;
}

/** 2, or the article's own precision when the target was derived from its stated share. */
export function shareDecimalsFor(obs: ResolvedObservation): number {
  return obs.targetDerivation && obs.statedShare
    ? (obs.statedShare.decimals ?? decimalsOf(obs.statedShare.percent))
    : 2;
}

export function shareCheckFor(obs: ResolvedObservation, share: number | null): ShareCheck | null {
  // When the target was itself derived from the stated share, comparing them proves nothing.
  if (share == null || !obs.statedShare || obs.targetDerivation) return null;
  return checkStatedShare(share, obs.statedShare);
}

/** The figure's status and its reason (domain/status.ts), from its period and its target's. */
export function judgementFor(obs: ResolvedObservation): Judgement {
  return judge({
    value: obs.value,
    target: obs.target,
    kind: obs.metric.kind,
    elapsed: timeElapsed(obs.period, obs.targetPeriod),
  });
}
