/** Adds a value to the list kept under its key. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
