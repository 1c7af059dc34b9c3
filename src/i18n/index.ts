import type { Lang } from '../domain/url-state';
import type { Messages } from './types';
import { vi } from './vi';

export type { Messages } from './types';

// Vietnamese is the interface's own language and comes with the page; English is loaded the
// first time someone asks for it, so the first view does not carry a language it may not use.
const messages: Partial<Record<Lang, Messages>> = { vi };
const loading = new Map<Lang, Promise<void>>();

// Components that draw messages re-render when a language arrives (see useMessages).
let loadedVersion = 0;
const listeners = new Set<() => void>();

export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const messagesVersion = (): number => loadedVersion;

export function hasMessages(lang: Lang): boolean {
  return messages[lang] != null;
}

/** Loads a language's messages once; rejects when they cannot be loaded (offline, say). */
export function loadMessages(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = import('./en').then(
      (module) => {
        messages[lang] = module.en;
        loadedVersion += 1;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The messages of a language, or Vietnamese while that language is not loaded. */
export function messagesFor(lang: Lang): Messages {
  return messages[lang] ?? vi;
}
