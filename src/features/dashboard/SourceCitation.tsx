import type { SourceRef } from '../../domain/view-model';
import { useFormatters } from '../../charts/use-formatters';

/** A short citation: the headline (or our description, in italics) and the date. */
export function SourceCitation({ source }: { source: SourceRef }) {
  const format = useFormatters();
  return (
    <cite className="source-citation">
      <a href={`#source-${source.id}`} title={source.label}>
        {source.isDescription ? <em>{source.label}</em> : `“${source.label}”`}
      </a>
      {source.date ? `, ${format.date(source.date)}` : ''}
    </cite>
  );
}
