import { useId, useMemo, useState } from 'react';
import { useFormatters } from '../../charts/use-formatters';
import { SelectField } from '../../components/SelectField';
import { matchesWords, queryWords, searchableUnits } from '../../domain/unit-search';
import { useWords } from '../../i18n/words';
import { unitSearchWords } from './unit-search-words';

/*
 * The district filter of a long list (a city's wards, a country's 3,321): a search box that
 * narrows the list, then the same native select as every filter, so that a phone's picker and a
 * screen reader still choose from it. In the chunk of a city's districts (many-districts.ts),
 * which the app gives the filter bar for such a list (app/Shell.tsx).
 */

/** The select's own (its first option, every district), and each district's city. */
type UnitSearchProps = Parameters<typeof SelectField>[0] & {
  units?: readonly { id: string; city: string }[];
};

export function UnitSearch({ options, units, ...select }: UnitSearchProps) {
  const t = useWords(unitSearchWords);
  const format = useFormatters();
  const id = useId();
  const [query, setQuery] = useState('');
  // The first option is every district's; the rest, each district, made searchable once (not at
  // every key typed: the options are the same array until the filter bar draws again).
  const [allOption] = options;
  const labelled = useMemo(() => searchableUnits(options.slice(1), units), [options, units]);
  const words = queryWords(query);
  const found = labelled.filter((option) => matchesWords(option.folded, words));
  // The district chosen stays in the list whatever is typed, so the select still shows it.
  const listed = labelled.filter(
    (option) => option.value === select.value || matchesWords(option.folded, words),
  );
  return (
    <div className="unit-search">
      <div className="select-field select-field-search">
        <label htmlFor={id}>{t.searchUnit}</label>
        <input
          id={id}
          type="search"
          value={query}
          disabled={select.disabled}
          placeholder={t.searchUnitHint}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // One district found: Enter chooses it.
            const [only] = found;
            if (event.key === 'Enter' && only && found.length === 1) select.onChange(only.value);
          }}
        />
      </div>
      <SelectField
        {...select}
        options={[
          ...(allOption ? [allOption] : []),
          ...listed.map(({ value, label }) => ({ value, label })),
        ]}
      />
      <p role="status" className="unit-search-status">
        {words.length === 0
          ? ''
          : found.length === 0
            ? t.noUnitMatched(query.trim())
            : t.unitsMatched(
                format.count(found.length),
                format.count(labelled.length),
                query.trim(),
              )}
      </p>
    </div>
  );
}
