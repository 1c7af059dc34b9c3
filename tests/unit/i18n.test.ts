import { describe, expect, it } from 'vitest';
import { messagesFor, type Messages } from '../../src/i18n';
import { allMessagesFor } from '../../src/i18n/more-messages';

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
    // Those of the parts loaded on demand too (more-messages.ts).
    expect(keyPaths(allMessagesFor('en')).sort()).toEqual(keyPaths(allMessagesFor('vi')).sort());
  });

  it('give the parts loaded on demand their messages in the language the page shows', () => {
    expect(allMessagesFor('vi').importTitle).toBe('Nhập dữ liệu');
    expect(allMessagesFor('en').importTitle).toBe('Import data');
    // With the page's own messages, so a part needs one object.
    expect(allMessagesFor('en').appName).toBe(messagesFor('en').appName);
    expect(allMessagesFor('vi').kpiHeading).toBe(messagesFor('vi').kpiHeading);
  });

  it.each(['vi', 'en'] as const)('leave no %s string empty', (lang) => {
    for (const leaf of leaves(allMessagesFor(lang))) {
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
    expect(t.invalidIntro(3)).toContain('3');
    expect(t.elapsed(6, 12)).toMatch(/6/);
  });
});
