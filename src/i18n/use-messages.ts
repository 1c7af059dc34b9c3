import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Lang } from '../domain/url-state';
import { messagesFor, messagesVersion, subscribeMessages, type Messages } from './index';

/**
 * The language the page shows. i18n reads no store: the app provides the store's language here
 * (app/App.tsx), and a tree drawn apart from the page, such as the export's charts, provides the
 * language it is drawn in.
 */
export const ShownLanguage = createContext<Lang>('vi');

export const useShownLanguage = (): Lang => useContext(ShownLanguage);

export function useMessages(): Messages {
  // Drawn again when a language's messages arrive, should they come after the language was set.
  useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion);
  return messagesFor(useShownLanguage());
}
