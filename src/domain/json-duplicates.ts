/**
 * Where things are in a JSON text, as the validator writes paths (`observations[3].value`), in
 * one pass over a text JSON.parse has accepted:
 * - keys given twice in one object: JSON.parse keeps the last one without a word, so a file with
 *   `"value": 21, …, "value": 21000` would import one of two figures silently; the import names
 *   each such key instead;
 * - the line each path starts on, so that a problem is named where an editor shows it.
 */

type Container =
  | { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectKey: boolean }
  | { kind: 'array'; path: string; index: number; started: boolean };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(parent: Container | undefined): string {
  if (!parent) return '';
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  const key = parent.key ?? '';
  if (IDENTIFIER.test(key)) return parent.path ? `${parent.path}.${key}` : key;
  return `${parent.path}[${JSON.stringify(key)}]`;
}

/**
 * Walks the text: `entry` is called with each object member's and array element's path, the line
 * (from 1) it starts on, and whether its key was already given in the same object. Stops when it
 * returns false.
 */
function walkJson(
  text: string,
  entry: (path: string, line: number, repeated: boolean) => boolean | void,
): void {
  const stack: Container[] = [];
  const top = () => stack[stack.length - 1];
  let line = 1;
  // An array's element starts at its first character that is not a space.
  const elementStarts = (char: string | undefined) => {
    const container = top();
    if (container?.kind !== 'array' || container.started || char === ']') return true;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') return true;
    container.started = true;
    return entry(childPath(container), line, false) !== false;
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\n') line += 1;
    if (!elementStarts(char)) return;
    if (char === '"') {
      // A string: to its closing quote, escapes skipped.
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const container = top();
      if (container?.kind === 'object' && container.expectKey) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        container.key = key;
        container.expectKey = false;
        const repeated = container.keys.has(key);
        container.keys.add(key);
        if (entry(childPath(container), line, repeated) === false) return;
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
      stack.push({ kind: 'array', path: childPath(top()), index: 0, started: false });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const container = top();
      if (container?.kind === 'array') {
        container.index += 1;
        container.started = false;
      } else if (container) container.expectKey = true;
    }
  }
}

/** Where each repeated key is. */
export function duplicateJsonKeys(text: string, limit = 20): string[] {
  const found: string[] = [];
  walkJson(text, (path, _line, repeated) => {
    if (repeated) found.push(path);
    return found.length < limit;
  });
  return found;
}

/** The ancestors of a path, itself first: `a[1].b` → `a[1].b`, `a[1]`, `a`. */
function selfAndAncestors(path: string): string[] {
  const paths = [path];
  for (let rest = path; ;) {
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
    if (cut <= 0) return paths;
    rest = rest.slice(0, cut);
    paths.push(rest);
  }
}

/**
 * The line each of `paths` starts on in the text (a key given twice: its last, the one JSON.parse
 * keeps); a path the file does not hold (a member left out) gets the line of its nearest
 * ancestor that it does.
 */
export function jsonLines(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set(paths.flatMap(selfAndAncestors));
  const lines = new Map<string, number>();
  if (wanted.size > 0)
    walkJson(text, (path, line) => {
      // A key given twice: the last, which JSON.parse keeps and the validator read.
      if (wanted.has(path)) lines.set(path, line);
    });
  const found = new Map<string, number>();
  for (const path of paths) {
    const line = selfAndAncestors(path)
      .map((candidate) => lines.get(candidate))
      .find((value) => value !== undefined);
    if (line !== undefined) found.set(path, line);
  }
  return found;
}
