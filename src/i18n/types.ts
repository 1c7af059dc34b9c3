import type { vi } from './vi';

/** Every language gives every key of the Vietnamese messages, or the typecheck fails. */
export type Messages = typeof vi;
