import { describe, expect, it } from 'vitest';
import { migrateDataset, MIGRATIONS, type Migration } from '../../src/domain/migrate';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/schema';
import { parseDatasetText, validateDataset } from '../../src/domain/validate';
import { problemWords } from '../../src/i18n/problem-words';
import { bundledJson } from '../fixtures/dataset';

describe('format versions', () => {
  it('has a step from every older version to the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(MIGRATIONS[version], `step from version ${version}`).toBeTypeOf('function');
    }
  });

  it('leaves a file in the current format as it is', () => {
    const json = bundledJson();
    expect(migrateDataset(json)).toEqual({ ok: true, doc: json, from: null });
    const checked = validateDataset(json);
    expect(checked.ok && checked.migratedFrom).toBe(null);
  });

  it('refuses a file from a newer app with its own message, in both languages', () => {
    const json = { ...bundledJson(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const parsed = parseDatasetText(JSON.stringify(json));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          code: 'newerFormat',
          detail: String(CURRENT_SCHEMA_VERSION + 1),
        },
      ],
    });
    expect(problemWords.vi.problem.newerFormat).toMatch(/phiên bản mới hơn/);
    expect(problemWords.en.problem.newerFormat).toMatch(/newer version/);
  });

  it('leaves a missing or nonsense version to the validator', () => {
    const json = bundledJson();
    delete json.schemaVersion;
    expect(migrateDataset(json)).toMatchObject({ ok: true, from: null });
    const checked = validateDataset(json);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems[0]).toMatchObject({ path: 'schemaVersion', code: 'required' });
    expect(migrateDataset({ schemaVersion: 'zwei' })).toMatchObject({ ok: true, from: null });
  });
});

// Version 1 is the only format published so far, so the chain below runs on formats made up for
// the test: it checks the mechanism a future format change will rely on.
describe('migrating an older format, step by step', () => {
  const steps: Record<number, Migration> = {
    // v1 → v2: "title" became "name".
    1: ({ title, ...rest }) => ({ ...rest, name: title }),
    // v2 → v3: a list of notes was added.
    2: (doc) => ({ ...doc, notes: [] }),
  };

  it('applies every step in order and says where it started', () => {
    const input = { schemaVersion: 1, title: 'Quận' };
    const migrated = migrateDataset(input, 3, steps);
    expect(migrated).toEqual({
      ok: true,
      doc: { schemaVersion: 3, name: 'Quận', notes: [] },
      from: 1,
    });
    expect(input).toEqual({ schemaVersion: 1, title: 'Quận' });
    expect(migrateDataset({ schemaVersion: 2, name: 'Quận' }, 3, steps)).toEqual({
      ok: true,
      doc: { schemaVersion: 3, name: 'Quận', notes: [] },
      from: 2,
    });
  });

  it('reports a version it has no step for, and a step that fails, without throwing', () => {
    expect(migrateDataset({ schemaVersion: 1 }, 3, { 2: steps[2]! })).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', code: 'schemaVersion', detail: '1' }],
    });
    const broken: Migration = () => {
      throw new Error('bad file');
    };
    expect(migrateDataset({ schemaVersion: 1 }, 2, { 1: broken })).toMatchObject({ ok: false });
  });
});
