import { hasMessages, loadMessages } from '../i18n';
import { messagesLoaderConnected } from '../state/dashboard-store';

/**
 * The store switches language only once that language's messages are there: it is given i18n's
 * loader here, since neither state/ nor i18n/ may import the other. App.tsx calls this as it is
 * first imported, before anything can choose a language.
 */
export function connectLanguage(): void {
  messagesLoaderConnected({ loaded: hasMessages, load: loadMessages });
}
