import { useSyncExternalStore } from 'react';
// A type only: erased from the build, so the chunk stays a chunk of its own.
import type * as FigureBodyExports from './FigureBody';

type FigureBodyModule = typeof FigureBodyExports;

/**
 * The chart cards' bodies (FigureBody.tsx, with Recharts) come as a chunk of their own, so that
 * the browser runs the first view's code and the charts' code in two tasks, not one long one.
 * main.tsx asks for it as the page starts, so it is fetched alongside the data (not preloaded
 * from index.html: Lighthouse's simulation then counted it before the first paint). A card draws
 * its charts once it is there. Should it fail to load (a dropped connection, a page left open
 * across a release), the page and each card say so and offer to reload the page (a failed module
 * import is not fetched again by the same page).
 */
let state: { module: FigureBodyModule | null; failed: boolean } = { module: null, failed: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: typeof state) {
  state = next;
  for (const listener of listeners) listener();
}

export function loadFigureBody(): Promise<void> {
  loading ??= import('./FigureBody').then(
    (module) => set({ module, failed: false }),
    () => set({ module: null, failed: true }),
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadFigureBody();
  return () => listeners.delete(listener);
}

const snapshot = () => state;

export function useFigureBodyModule(): typeof state {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
