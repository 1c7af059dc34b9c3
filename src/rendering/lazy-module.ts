import { useSyncExternalStore } from 'react';

export interface LazyModuleState<M> {
  module: M | null;
  /** It could not be loaded: a module that failed is not fetched again by the same page, so
   * this stays until a reload, and the page should say so and offer one. */
  failed: boolean;
}

/**
 * Code that is no part of the first view, fetched as a chunk of its own when first asked for,
 * and read by components as an external store: they draw without it, then again when it comes,
 * or say that it failed. Reading it (subscribing) asks for it, unless `ask` is false (then it is
 * read only if it came for another); `load` asks earlier.
 * Pass a function that calls import() with a literal path, so the bundler makes it a chunk.
 */
export function lazyModule<M>(importer: () => Promise<M>): {
  load: () => Promise<void>;
  useModule: (ask?: boolean) => LazyModuleState<M>;
} {
  let state: LazyModuleState<M> = { module: null, failed: false };
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LazyModuleState<M>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = () =>
    (loading ??= importer().then(
      (module) => set({ module, failed: false }),
      () => set({ module: null, failed: true }),
    ));
  // Read, the module asked for (`ask`) or not.
  const subscriber = (ask: boolean) => (listener: () => void) => {
    listeners.add(listener);
    if (ask) void load();
    return () => {
      listeners.delete(listener);
    };
  };
  const asking = subscriber(true);
  const reading = subscriber(false);
  const snapshot = () => state;
  return {
    load,
    useModule: (ask = true) => useSyncExternalStore(ask ? asking : reading, snapshot, snapshot),
  };
}
