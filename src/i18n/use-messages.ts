import { useLang } from '../state/dashboard-store';
import { messagesFor, type Messages } from './index';

export function useMessages(): Messages {
  return messagesFor(useLang());
}
