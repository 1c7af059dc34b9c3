import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys } from '../../src/domain/json-duplicates';
import { jsonDatasetStream } from '../../src/domain/json-stream';

/** The text read in chunks cut at `cuts` (positions, any order). */
function streamed(text: string, cuts: number[]) {
  const stream = jsonDatasetStream();
  const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...at, text.length]) {
    stream.push(text.slice(from, cut));
    from = cut;
  }
  return stream.end();
}

/** What the whole text gives: the document JSON.parse makes, or none; its repeated keys. */
function whole(text: string) {
  try {
    return { ok: true, document: JSON.parse(text) as unknown, repeated: duplicateJsonKeys(text) };
  } catch {
    return { ok: false };
  }
}

// Values whose text has every character a scanner can trip on: quotes, escapes, brackets and
// commas inside strings, nested arrays and objects, and a key named like the figures' array.
const tricky = fc.constantFrom('a"b', 'x\\', '[,]', '{"observations":[1]}', 'Việt', '\u2028', '');
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(tricky, fc.constant('observations')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** A figure as text: JSON.stringify's, spaced or not, or an object with a key given twice. */
const figureText = fc.oneof(
  fc
    .tuple(value, fc.constantFrom(0, 2))
    .map(([v, space]) => JSON.stringify(v, null, space) ?? 'null'),
  fc
    .tuple(fc.integer(), fc.integer())
    .map(([a, b]) => `{"value": ${a}, "unit": "x", "value": ${b}}`),
);

const documentText = fc
  .record({
    before: fc.dictionary(fc.constantFrom('title', 'units', 'a"b'), value, { maxKeys: 2 }),
    after: fc.dictionary(fc.constantFrom('notes', 'sources'), value, { maxKeys: 2 }),
    figures: fc.array(figureText, { maxLength: 8 }),
    key: fc.constantFrom('"observations"', '"observ\\u0061tions"', '"observations2"'),
    space: fc.constantFrom('', ' ', '\n  ', '\r\n\t'),
    twice: fc.boolean(),
  })
  .map(({ before, after, figures, key, space, twice }) => {
    const members = (record: Record<string, unknown>) =>
      Object.entries(record).map(([k, v]) => `${JSON.stringify(k)}:${space}${JSON.stringify(v)}`);
    const array = `[${space}${figures.join(`,${space}`)}${space}]`;
    return `{${space}${[
      ...members(before),
      `${key}${space}:${space}${array}`,
      ...(twice ? [`${key}: []`] : []),
      ...members(after),
    ].join(`,${space}`)}${space}}`;
  });

// Broken texts: cut short, a comma too many, a bracket left out.
const brokenText = fc
  .tuple(documentText, fc.nat(), fc.constantFrom('cut', 'comma', 'bracket'))
  .map(([text, at, how]) => {
    const place = at % (text.length + 1);
    if (how === 'cut') return text.slice(0, place);
    if (how === 'comma') return text.replace(/\]/, ',]');
    return text.slice(0, place) + text.slice(place + 1);
  });

describe('a dataset’s JSON read as a stream', () => {
  it('gives the document JSON.parse gives of the whole text, cut anywhere, and its keys given twice', () => {
    fc.assert(
      fc.property(
        fc.oneof(documentText, brokenText),
        fc.array(fc.nat(), { maxLength: 10 }),
        (text, cuts) => {
          const expected = whole(text);
          const read = streamed(text, cuts);
          expect(read.ok).toBe(expected.ok);
          if (!read.ok || !expected.ok) return;
          expect([...read.repeated].sort()).toEqual([...(expected.repeated ?? [])].sort());
          // A file with a key given twice is refused (which was meant is the user's to say): its
          // document is not read.
          if (read.repeated.length === 0) expect(read.document).toEqual(expected.document);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('says which figure is not JSON', () => {
    const read = streamed('{"observations": [{"value": 1}, {"value": }]}', [20]);
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.detail).toMatch(/\(observations\[1\]\)$/);
  });
});
