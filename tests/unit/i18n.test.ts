import { describe, expect, it } from 'vitest';
import { messagesFor, type Messages } from '../../src/i18n';
import { importWords } from '../../src/features/import/words';
import { problemWords } from '../../src/i18n/problem-words';
import { wordsIn, type Words } from '../../src/i18n/words';

// Every group of words in the app (a feature's own, or shared), found on disk: a group added
// later is checked without being listed here.
const groups = Object.entries(
  import.meta.glob<Record<string, unknown>>('../../src/**/*words.ts', { eager: true }),
).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => typeof value === 'object' && value !== null && 'vi' in value)
    .map(
      ([name, value]) =>
        [`${file.replace('../../src/', '')}: ${name}`, value as Words<object>] as const,
    ),
);

/** Every key path in a messages object, nested ones as `status.met`. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    typeof entry === 'object' && entry !== null
      ? keyPaths(entry as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leaves(value: object): unknown[] {
  return Object.values(value).flatMap((entry) =>
    typeof entry === 'object' && entry !== null ? leaves(entry as object) : [entry],
  );
}

describe('translations', () => {
  it('give English for every Vietnamese key, nested ones included', () => {
    expect(keyPaths(messagesFor('en')).sort()).toEqual(keyPaths(messagesFor('vi')).sort());
  });

  it('find the groups of words of the features and of what features share', () => {
    expect(groups.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'features/import/words.ts: importWords',
        'features/export/words.ts: exportWords',
        'features/presentation/words.ts: presentationWords',
        'features/dashboard/sections-words.ts: sectionsWords',
        'i18n/sources-words.ts: sourcesWords',
      ]),
    );
  });

  it.each(groups)('give English for every Vietnamese key of %s', (_name, group) => {
    expect(keyPaths(group.en).sort()).toEqual(keyPaths(group.vi).sort());
  });

  it("give a part its words with the page's, in the language the page shows", () => {
    expect(wordsIn(importWords, 'vi').importTitle).toBe('Nhập dữ liệu');
    expect(wordsIn(importWords, 'en').importTitle).toBe('Import data');
    // With the page's own messages, so a part needs one object.
    expect(wordsIn(importWords, 'en').appName).toBe(messagesFor('en').appName);
    expect(wordsIn(importWords, 'vi').kpiHeading).toBe(messagesFor('vi').kpiHeading);
  });

  it.each(['vi', 'en'] as const)('leave no %s string empty', (lang) => {
    const all = [messagesFor(lang), ...groups.map(([, group]) => group[lang])];
    for (const leaf of all.flatMap((words) => leaves(words))) {
      if (typeof leaf === 'string') {
        // The only empty strings allowed are the "exact" share qualifiers, which print nothing.
        if (leaf === '') continue;
        expect(leaf.trim()).not.toBe('');
      } else {
        expect(typeof leaf).toBe('function');
      }
    }
  });

  it('fail the typecheck when a key is missing', () => {
    // `npm run typecheck` compiles this file: the directive fails it if the object below
    // ever stops being an error, that is, if Messages stops requiring every key.
    // @ts-expect-error: appName alone is not a complete set of messages
    const incomplete: Messages = { appName: 'District indicator dashboard' };
    expect(Object.keys(incomplete)).toEqual(['appName']);
  });

  it.each(['vi', 'en'] as const)('format %s messages with their arguments', (lang) => {
    const t = messagesFor(lang);
    expect(t.asOf('27/06/2024')).toContain('27/06/2024');
    expect(t.reasonPace('63,90%', 'dự toán', '50%')).toContain('63,90%');
    expect(problemWords[lang].invalidIntro(3)).toContain('3');
  });
});
