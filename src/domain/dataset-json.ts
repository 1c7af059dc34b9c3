import type { Dataset, Observation } from './schema';

/**
 * The dataset as the app's own JSON file, `JSON.stringify(dataset, null, 2)` and a newline, in
 * parts of `perPart` figures: a file of more figures than one string holds (the country's, 822
 * MB) written a part at a time (features/import's downloads). Its parts joined are that text,
 * byte for byte: the rest of the dataset is written by JSON.stringify, the figures in its place,
 * each written by JSON.stringify too and indented as it would indent them.
 */
export function* datasetJsonParts(
  dataset: Dataset,
  perPart = 5_000,
): Generator<string, void, void> {
  const { observations } = dataset;
  const writer = datasetJsonWriter({ ...dataset, observations: [] }, observations.length);
  yield writer.head;
  const step = Math.max(1, perPart);
  for (let start = 0; start < observations.length; start += step)
    yield writer.rows(observations.slice(start, start + step));
  if (writer.tail) yield writer.tail;
}

/**
 * The same text written as its figures come (a large import's are read back a part at a time):
 * `head`, then `rows` of every figure in turn, `total` of them in all, then `tail`. `shape` is the
 * dataset with no figures, its keys in their order.
 */
export function datasetJsonWriter(
  shape: Dataset,
  total: number,
): { head: string; rows: (figures: readonly Observation[]) => string; tail: string } {
  // The rest, with the figures' place held by an empty list: `  "observations": []` at the top
  // level (two spaces; anything deeper has more, a text's quotes are escaped).
  const rest = JSON.stringify({ ...shape, observations: [] }, null, 2);
  const place = /\n {2}"observations": \[\]/.exec(rest);
  if (!place) throw new Error('The dataset has no list of figures at its top level');
  if (total === 0) return { head: `${rest}\n`, rows: () => '', tail: '' };
  const at = place.index + place[0].length - 1;
  let written = 0;
  return {
    head: `${rest.slice(0, at)}\n`,
    rows(figures) {
      let part = '';
      for (const obs of figures) {
        written += 1;
        const text = JSON.stringify(obs, null, 2).replaceAll('\n', '\n    ');
        part += `    ${text}${written < total ? ',' : ''}\n`;
      }
      return part;
    },
    tail: `  ${rest.slice(at)}\n`,
  };
}
