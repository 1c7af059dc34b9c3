/**
 * Presentation keys, as pure tests on a key event, so every action can be checked without
 * rendering. Clickers send PageUp/PageDown; keyboards use arrows, Space, Enter and Backspace.
 */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const plain = (event: KeyLike) => !event.altKey && !event.ctrlKey && !event.metaKey;

export const keyTest = {
  next: (event: KeyLike) =>
    plain(event) &&
    ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter'].includes(event.key),
  previous: (event: KeyLike) =>
    plain(event) && ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key),
  first: (event: KeyLike) => plain(event) && event.key === 'Home',
  last: (event: KeyLike) => plain(event) && event.key === 'End',
  exit: (event: KeyLike) => event.key === 'Escape',
  digit: (event: KeyLike) => plain(event) && /^[0-9]$/.test(event.key),
  jump: (event: KeyLike, typedDigits: string) =>
    plain(event) && event.key === 'Enter' && typedDigits !== '',
} as const;

export type Command =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'exit' }
  | { type: 'go'; slide: number }
  | { type: 'typing' }
  | { type: 'none' };

/**
 * What a key does, given the digits typed so far ("1", "2", Enter jumps to slide 12).
 * Returns the command and the digits to keep.
 */
export function interpretKey(
  event: KeyLike,
  typedDigits: string,
): { command: Command; digits: string } {
  if (keyTest.digit(event)) {
    return { command: { type: 'typing' }, digits: `${typedDigits}${event.key}`.slice(-4) };
  }
  if (keyTest.jump(event, typedDigits)) {
    return { command: { type: 'go', slide: Number(typedDigits) }, digits: '' };
  }
  if (keyTest.exit(event)) return { command: { type: 'exit' }, digits: '' };
  if (keyTest.next(event)) return { command: { type: 'next' }, digits: '' };
  if (keyTest.previous(event)) return { command: { type: 'previous' }, digits: '' };
  if (keyTest.first(event)) return { command: { type: 'first' }, digits: '' };
  if (keyTest.last(event)) return { command: { type: 'last' }, digits: '' };
  return { command: { type: 'none' }, digits: typedDigits };
}
