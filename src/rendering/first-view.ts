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

/**
 * The next render of other data (app/Shell.tsx says when it has committed, replacedViewCommitted)
 * replaces the whole page's content: as in the first view, its parts are then placed by the
 * observers after the frame's own layout, not measured inside the render's task, which would
 * force the layout of the whole new page there (for an import of a city's figures, half of a task
 * over 100 ms).
 */
export function wholeViewReplaced(): void {
  replacing = true;
}

/** The other data's render has committed: its parts are placed as usual from the next paint. */
export function replacedViewCommitted(): void {
  if (!replacing) return;
  afterNextPaint(() => {
    replacing = false;
  });
}

/** Whether the parts are placed after the next paint: the first view, or a replaced one. */
export function placedAfterPaint(): boolean {
  return !painted || replacing;
}
