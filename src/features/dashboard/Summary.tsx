import { useState } from 'react';
import { useFormatters } from '../../charts/use-formatters';
import { summaryFacts, summarySentence, summaryText } from '../../charts/summary-words';
import type { KpiView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';

/**
 * The view's main facts in a few sentences, each with its source, above the cards: built from the
 * cards' own view model, so it follows the filters and says what they say. "Copy summary" puts
 * it on the clipboard as plain text, each sentence with its source, for a Word report.
 */
export function Summary({ kpis }: { kpis: readonly KpiView[] }) {
  const t = useMessages();
  const format = useFormatters();
  // What was copied, so the message goes once the summary says something else.
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  if (kpis.length === 0) return null;
  const shown = summaryFacts(kpis);
  const text = summaryText(shown, t, ({ source }) =>
    [
      source.isDescription ? source.label : `“${source.label}”`,
      source.date && format.date(source.date),
    ]
      .filter(Boolean)
      .join(', '),
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ text, ok: true });
    } catch {
      setCopied({ text, ok: false });
    }
  };
  const status = copied?.text === text ? copied : null;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <div className="summary-header">
        <h2 id="summary-heading">{t.summaryHeading}</h2>
        <button type="button" className="button-secondary" onClick={() => void copy()}>
          {t.summaryCopy}
        </button>
      </div>
      <ul className="summary-list">
        {shown.map((kpi) => (
          <li key={kpi.id}>
            {summarySentence(kpi, t)}{' '}
            {/* Short, so the summary stays a few lines: the title is the link's tooltip, and
                the sources section it leads to gives it whole. */}
            <a
              className="summary-source"
              href={`#source-${kpi.source.id}`}
              title={kpi.source.label}
            >
              {t.sourceLine}
              {kpi.source.date ? ` ${format.date(kpi.source.date)}` : ''}
            </a>
          </li>
        ))}
      </ul>
      {kpis.length > shown.length && (
        <p className="muted">{t.summaryMore(format.count(kpis.length - shown.length))}</p>
      )}
      <p role="status" className="summary-copy-status">
        {status ? (status.ok ? t.summaryCopied : t.summaryCopyFailed) : ''}
      </p>
    </section>
  );
}
