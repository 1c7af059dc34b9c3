/**
 * Keys given twice in one object of a JSON text. JSON.parse keeps the last one without a word,
 * so a file with `"value": 21, …, "value": 21000` would import one of two figures silently; the
 * import names each such key instead. One pass over the text, for a text JSON.parse has accepted.
 */

type Container =
  | { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectKey: boolean }
  | { kind: 'array'; path: string; index: number };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(parent: Container | undefined): string {
  if (!parent) return '';
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  const key = parent.key ?? '';
  if (IDENTIFIER.test(key)) return parent.path ? `${parent.path}.${key}` : key;
  return `${parent.path}[${JSON.stringify(key)}]`;
}

/** Where each repeated key is, as the validator writes paths (`observations[3].value`). */
export function duplicateJsonKeys(text: string, limit = 20): string[] {
  const found: string[] = [];
  const stack: Container[] = [];
  const top = () => stack[stack.length - 1];
  for (let at = 0; at < text.length && found.length < limit; at += 1) {
    const char = text[at];
    if (char === '"') {
      // A string: to its closing quote, escapes skipped.
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const container = top();
      if (container?.kind === 'object' && container.expectKey) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        container.key = key;
        container.expectKey = false;
        if (container.keys.has(key)) found.push(childPath(container));
        container.keys.add(key);
      }
      at = end;
    } else if (char === '{') {
      stack.push({
        kind: 'object',
        path: childPath(top()),
        keys: new Set(),
        key: null,
        expectKey: true,
      });
    } else if (char === '[') {
      stack.push({ kind: 'array', path: childPath(top()), index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const container = top();
      if (container?.kind === 'array') container.index += 1;
      else if (container) container.expectKey = true;
    }
  }
  return found;
}
