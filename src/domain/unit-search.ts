/*
 * Finding a district among a country's thousands (the filter's search, loaded only for a long
 * list): its name typed as a reader types it, with or without Vietnamese marks, in any case, its
 * words in any order; and a name that several districts share told apart by its city.
 */

/** Text as a search compares it: lower case, without tone or vowel marks, đ as d, one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; none for a blank one (which matches everything). */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether a folded label holds every word of the query, in any order. */
export function matchesWords(foldedLabel: string, words: readonly string[]): boolean {
  return words.every((word) => foldedLabel.includes(word));
}

export interface NamedUnit {
  id: string;
  name: string;
  city: string;
}

/**
 * Each district's label for choosing it: its name, and, where another district has the same name
 * (two "Phường 1" in two cities), its city after it: "Phường 1 (Hà Nội)". Names compared as the
 * search compares them, so that "Phường 1" and "phuong 1" count as one.
 */
export function distinctUnitLabels(units: readonly NamedUnit[]): Map<string, string> {
  const named = new Map<string, number>();
  for (const unit of units) {
    const key = foldForSearch(unit.name);
    named.set(key, (named.get(key) ?? 0) + 1);
  }
  return new Map(
    units.map((unit) => [
      unit.id,
      (named.get(foldForSearch(unit.name)) ?? 0) > 1 && unit.city !== ''
        ? `${unit.name} (${unit.city})`
        : unit.name,
    ]),
  );
}

/** A district as the search lists it: its value, its label (told apart by city) and that folded. */
export interface SearchableUnit {
  value: string;
  label: string;
  folded: string;
}

/**
 * A district filter's options (their order and names) made searchable, each one's city taken
 * from `units` to tell namesakes apart (`distinctUnitLabels`): folded once, not at every key.
 */
export function searchableUnits(
  options: readonly { value: string; label: string }[],
  units: readonly { id: string; city: string }[] = [],
): SearchableUnit[] {
  const cities = new Map(units.map((unit) => [unit.id, unit.city]));
  const named = options.map((option) => ({
    id: option.value,
    name: option.label,
    city: cities.get(option.value) ?? '',
  }));
  const labels = distinctUnitLabels(named);
  return named.map((unit) => {
    const label = labels.get(unit.id) ?? unit.name;
    return { value: unit.id, label, folded: foldForSearch(label) };
  });
}
