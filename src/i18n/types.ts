import type { vi } from './vi';
import type { viMore } from './vi-more';

/** Every language gives every key of the Vietnamese messages, or the typecheck fails. */
export type Messages = typeof vi;

/** The messages of the parts loaded on demand: every key of viMore, in each language. */
export type MoreMessages = typeof viMore;

/** Everything a part loaded on demand says: the page's messages and its own. */
export type AllMessages = Messages & MoreMessages;
