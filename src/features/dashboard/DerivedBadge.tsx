import type { DerivedMark } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';

/** Marks a value that no article prints, with the formula it was computed by. */
export function DerivedBadge({ mark }: { mark: DerivedMark | null }) {
  const t = useMessages();
  if (!mark) return null;
  return (
    <span className="derived-badge" title={t.derivedExplain(mark.formula)}>
      {t.derivedBadge}
      <span className="visually-hidden">: {t.derivedExplain(mark.formula)}</span>
    </span>
  );
}

export function DerivedFormula({ mark }: { mark: DerivedMark | null }) {
  const t = useMessages();
  if (!mark) return null;
  return <span className="derived-formula">{t.derivedExplain(mark.formula)}</span>;
}
