import type { Dataset } from './schema';

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
  // The rest, with the figures' place held by an empty list: `  "observations": []` at the top
  // level (two spaces; anything deeper has more, a text's quotes are escaped).
  const rest = JSON.stringify({ ...dataset, observations: [] }, null, 2);
  const place = /\n {2}"observations": \[\]/.exec(rest);
  if (!place || observations.length === 0) {
    yield `${JSON.stringify(dataset, null, 2)}\n`;
    return;
  }
  const at = place.index + place[0].length - 1;
  yield `${rest.slice(0, at)}\n`;
  const step = Math.max(1, perPart);
  for (let start = 0; start < observations.length; start += step) {
    const end = Math.min(observations.length, start + step);
    let part = '';
    for (let index = start; index < end; index += 1) {
      const text = JSON.stringify(observations[index], null, 2).replaceAll('\n', '\n    ');
      part += `    ${text}${index < observations.length - 1 ? ',' : ''}\n`;
    }
    yield part;
  }
  yield `  ${rest.slice(at)}\n`;
}
