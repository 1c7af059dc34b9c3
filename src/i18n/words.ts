import type { Lang } from '../domain/url-state';
import { hasMessages, messagesFor, type Messages } from './index';
import { useMessages, useShownLanguage } from './use-messages';

/**
 * Words that belong together, in every language: a feature's own (features/import/words.ts), or
 * those two features share (sources-words.ts). A group comes with the code that says it, so the
 * words of a part loaded on demand load with that part. English gives every key of the
 * Vietnamese, or the typecheck fails.
 */
export interface Words<T extends object> {
  vi: T;
  en: T;
}

/** What a part that says a group's words is given: the page's messages and the group's. */
export type WordsOf<G> = G extends Words<infer T> ? Messages & T : never;

/** Two groups as one, for a part that says the words of both. */
export function joinWords<A extends object, B extends object>(
  a: Words<A>,
  b: Words<B>,
): Words<A & B> {
  return { vi: { ...a.vi, ...b.vi }, en: { ...a.en, ...b.en } };
}

const joined = new WeakMap<Words<object>, Map<Messages, object>>();

/**
 * The page's messages with a group's words, in one language. While another language's page
 * messages are still loading, both are Vietnamese, so that no screen mixes two languages.
 */
export function wordsIn<T extends object>(group: Words<T>, lang: Lang): Messages & T {
  const page = messagesFor(lang);
  let byPage = joined.get(group);
  if (!byPage) {
    byPage = new Map();
    joined.set(group, byPage);
  }
  let all = byPage.get(page) as (Messages & T) | undefined;
  if (!all) {
    all = { ...page, ...group[hasMessages(lang) ? lang : 'vi'] };
    byPage.set(page, all);
  }
  return all;
}

/** useMessages with a group's words, in the language the page shows. */
export function useWords<T extends object>(group: Words<T>): Messages & T {
  // Drawn again when a language's messages arrive, as useMessages is.
  useMessages();
  return wordsIn(group, useShownLanguage());
}
