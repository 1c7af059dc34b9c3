import type { FigureContext } from '../../charts/figure-context';
import { valueText } from '../../charts/figure-words';
import type { DerivedMark, Panel } from '../../domain/view-model';
import type { DeckWords } from './deck-blocks';

/**
 * A chart slide's speaker notes: its warnings, then each derived value with its formula and the
 * article's sentence it comes from, then every source in full. What the slide has no room for is
 * here, so a presenter can answer "where does that number come from?".
 */
export function chartNotes(
  panels: readonly Panel[],
  context: FigureContext,
  t: DeckWords,
): string[] {
  const derived: string[] = [];
  const add = (
    what: string,
    value: number | null,
    decimals: number,
    mark: DerivedMark | null,
    quote: string,
  ) => {
    if (!mark || value == null) return;
    derived.push(t.notesDerived(what, valueText(value, decimals, mark, t), mark.formula));
    if (quote) derived.push(`  ${t.notesQuote(quote)}`);
  };
  for (const panel of panels) {
    if (panel.kind === 'amount')
      for (const row of panel.rows) {
        add(
          `${row.category} — ${t.legendActual}`,
          row.value,
          panel.decimals,
          row.valueDerived,
          row.quote,
        );
        add(
          `${row.category} — ${panel.targetName || t.legendTarget}`,
          row.target,
          panel.decimals,
          row.targetDerived,
          row.quote,
        );
      }
    else if (panel.kind === 'count')
      for (const row of panel.rows)
        add(`${row.category} — ${t.legendActual}`, row.value, 0, row.valueDerived, row.quote);
  }
  return [
    ...(context.notes.length > 0
      ? [t.notesWarnings, ...context.notes.map((note) => `• ${note}`), '']
      : []),
    ...(derived.length > 0 ? [t.notesDerivedHeading, ...derived, ''] : []),
    // Each line says "Nguồn: …" itself.
    ...context.sourceLines,
  ];
}
