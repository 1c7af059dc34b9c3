/**
 * A value and who listens to it, read by React through useSyncExternalStore: a store that brings
 * no React (nor zustand) into the module that sets it, which may be a chunk loaded on demand.
 * Its functions need no `this`: they can be handed to React as they are.
 */
export function plainStore<T>(initial: T) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: (): T => current,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: T): void {
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener();
    },
  };
}
