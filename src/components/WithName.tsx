import { Fragment } from 'react';

/** Stands for the name in a sentence's words, so the sentence can be cut around it. */
const SLOT = '\u0000';

/**
 * A sentence of the interface's words holding a name from a file (a file name, a dataset's
 * title): the name in `<bdi>`, so a right-to-left mark in it cannot reverse the words around it,
 * and free to break anywhere, so a name of a thousand characters cannot widen the page.
 */
export function WithName({ words, name }: { words: (name: string) => string; name: string }) {
  const parts = words(SLOT).split(SLOT);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <bdi className="user-name">{name}</bdi>}
          {part}
        </Fragment>
      ))}
    </>
  );
}
