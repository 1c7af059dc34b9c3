import type { Lang } from '../domain/url-state';
import { en } from './en';
import { vi } from './vi';

/** Every language gives every key of the Vietnamese messages, or the typecheck fails. */
export type Messages = typeof vi;

const messages: Record<Lang, Messages> = { vi, en };

export function messagesFor(lang: Lang): Messages {
  return messages[lang];
}
