import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedFingerprint } from '../../scripts/vite-plugins/checked-dataset';
import { parseDatasetText } from '../../src/data/dataset-check';
import { textFingerprint } from '../../src/domain/fingerprint';
import { parseDatasetText as validateText } from '../../src/domain/validate';

// The bundled dataset is validated by the build; the app validates any other text itself.

const bundled = readFileSync('public/data/dataset.json', 'utf8');
const json = () => JSON.parse(bundled) as Record<string, unknown> & { observations: object[] };

describe('textFingerprint', () => {
  it.each([
    ['', '', true],
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abc ', false],
    ['12.455,236', '12.455,263', false],
    [bundled, `${bundled}\n`, false],
  ])('%j and %j are the same text: %s', (a, b, same) => {
    expect(textFingerprint(a) === textFingerprint(b)).toBe(same);
  });
});

describe('checkedFingerprint (the build)', () => {
  it('checks the bundled dataset as it is written, so its first view needs no validator code', () => {
    expect(checkedFingerprint(bundled, validateText)).toBe(textFingerprint(bundled));
  });

  it.each([
    ['is not JSON', bundled.slice(0, -2)],
    ['has a count above its total', bundled.replace('"value": 43', '"value": 430')],
    ['has a field the validator drops', JSON.stringify({ ...json(), comment: 'x' })],
    ['is of another format version', JSON.stringify({ ...json(), schemaVersion: 99 })],
  ])('gives nothing for a file that %s: the app validates it', (_, text) => {
    expect(text).not.toBe(bundled);
    expect(checkedFingerprint(text, validateText)).toBeNull();
  });
});

describe('parseDatasetText (the app)', () => {
  const checked = textFingerprint(bundled);

  it('shows the very bytes the build checked as the validator reads them', async () => {
    const result = await parseDatasetText(bundled, checked);
    const validated = validateText(bundled);
    expect(result.ok && validated.ok).toBe(true);
    if (result.ok && validated.ok) expect(result.data).toEqual(validated.data);
  });

  it('validates a file that differs from the checked one, and says what is wrong', async () => {
    const data = json();
    (data.observations[0] as { value: unknown }).value = 'mười hai';
    const result = await parseDatasetText(JSON.stringify(data, null, 2), checked);
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'observations[0].value' })],
    });
  });

  it('validates everything when the build checked nothing (development, an invalid bundled file)', async () => {
    const result = await parseDatasetText('{"schemaVersion": 1}', null);
    expect(result.ok).toBe(false);
    expect(await parseDatasetText('not json', null)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'invalidJson' })],
    });
  });
});
