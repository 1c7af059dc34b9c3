import { afterNextPaint } from './after-paint';

let painted = false;
let watching = false;
const waiting = new Set<() => void>();

/** Whether the page's first view has been painted (see afterFirstView). */
export function firstViewPainted(): boolean {
  return painted;
}

/**
 * Calls back once the page's first view has painted, at once if it has. The first call, from the
 * first view's own render, starts the watch: the paint that follows it is the first view's.
 * Without a callback, it only starts the watch. Returns a function that cancels the callback.
 */
export function afterFirstView(callback?: () => void): () => void {
  if (painted) {
    callback?.();
    return () => undefined;
  }
  if (callback) waiting.add(callback);
  if (!watching) {
    watching = true;
    afterNextPaint(() => {
      painted = true;
      for (const waiter of waiting) waiter();
      waiting.clear();
    });
  }
  return () => {
    if (callback) waiting.delete(callback);
  };
}

let replacing = false;
let ending = false;

/**
 * The next render replaces the whole page's content (other data shown): as in the first view, the
 * parts are then placed by the observers after the frame's own layout, not measured inside the
 * render's task, which would force the layout of the whole new page there (for an import of a
 * city's figures, half of a task over 100 ms). Lasts until the frame after that render (its data
 * comes to the page in a task of its own) has painted.
 */
export function wholeViewReplaced(): void {
  replacing = true;
}

/**
 * Whether the parts are placed after the next paint: the first view, or a replaced one. Asked in
 * a render's layout effects: the first ask of a replaced view's render ends it with that paint.
 */
export function placedAfterPaint(): boolean {
  if (replacing && !ending) {
    ending = true;
    afterNextPaint(() => {
      replacing = false;
      ending = false;
    });
  }
  return !painted || replacing;
}
