import type { Lang } from '../domain/url-state';
import { enMore } from './en-more';
import { hasMessages, messagesFor, type Messages } from './index';
import type { AllMessages, MoreMessages } from './types';
import { useMessages, useShownLanguage } from './use-messages';
import { viMore } from './vi-more';

export type { AllMessages, MoreMessages } from './types';

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
  return allMessagesFor(useShownLanguage());
}
