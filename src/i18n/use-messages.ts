import { useSyncExternalStore } from 'react';
import { useLang } from '../state/dashboard-store';
import { messagesFor, messagesVersion, subscribeMessages, type Messages } from './index';

export function useMessages(): Messages {
  // Drawn again when a language's messages arrive, should they come after the language was set.
  useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion);
  return messagesFor(useLang());
}
