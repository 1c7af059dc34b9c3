import type { Lang } from '../domain/url-state';
import { enMore } from './en-more';
import { hasMessages, messagesFor, type Messages } from './index';
import { useLang } from '../state/dashboard-store';
import { useMessages } from './use-messages';
import { viMore } from './vi-more';

/** The messages of the parts loaded on demand: every key of viMore, in each language. */
export type MoreMessages = typeof viMore;

/** Everything a part loaded on demand says: the page's messages and its own. */
export type AllMessages = Messages & MoreMessages;

const more: Record<Lang, MoreMessages> = { vi: viMore, en: enMore };
const merged = new Map<Messages, AllMessages>();

/**
 * The page's messages with those of the parts loaded on demand, in the language the page shows:
 * Vietnamese while another language's page messages are still loading.
 */
export function allMessagesFor(lang: Lang): AllMessages {
  const page = messagesFor(lang);
  let all = merged.get(page);
  if (!all) {
    all = { ...page, ...more[hasMessages(lang) ? lang : 'vi'] };
    merged.set(page, all);
  }
  return all;
}

/** useMessages for the parts loaded on demand (their module imports this one). */
export function useAllMessages(): AllMessages {
  // Drawn again when a language's messages arrive, as useMessages is.
  useMessages();
  return allMessagesFor(useLang());
}
