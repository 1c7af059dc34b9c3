import type { SourceView, UnitView } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { sectionsWords } from './sections-words';
import { useFormatters } from '../../charts/use-formatters';

export function SourcesSection({ sources, units }: { sources: SourceView[]; units: UnitView[] }) {
  const t = useWords(sectionsWords);
  const format = useFormatters();
  const inferred = units.filter((unit) => unit.inferredReason);
  return (
    <section className="sources-section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t.sourcesHeading}</h2>
      <p className="section-intro">{t.sourcesIntro}</p>
      <ol className="sources-list">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`} tabIndex={-1}>
            <p className="source-title">
              {source.isDescription ? (
                <>
                  <em>{source.label}</em> <span className="muted">({t.untitled})</span>
                </>
              ) : (
                `“${source.label}”`
              )}
            </p>
            <dl className="source-facts">
              <div>
                <dt>{t.publisher}</dt>
                <dd>{source.publisher ?? t.notStated}</dd>
              </div>
              {source.author && (
                <div>
                  <dt>{t.author}</dt>
                  <dd>{source.author}</dd>
                </div>
              )}
              <div>
                <dt>{t.published}</dt>
                <dd>{format.date(source.date)}</dd>
              </div>
              <div>
                <dt>{t.file}</dt>
                <dd>
                  <code>{source.file}</code>
                </dd>
              </div>
              <div>
                <dt>{t.figuresCitedLabel}</dt>
                <dd>{t.figuresCited(source.figureCount)}</dd>
              </div>
            </dl>
            {source.note && <p className="source-note">{source.note}</p>}
          </li>
        ))}
      </ol>
      {inferred.length > 0 && (
        <ul className="inferred-units">
          {inferred.map((unit) => (
            <li key={unit.id}>
              <strong>
                {unit.name}, {unit.city} ({t.inferredBadge}):
              </strong>{' '}
              {unit.inferredReason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
