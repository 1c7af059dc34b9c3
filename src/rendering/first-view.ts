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
