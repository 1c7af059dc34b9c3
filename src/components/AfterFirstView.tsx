import { useEffect, useState, type ReactNode } from 'react';
import { afterFirstView, firstViewPainted } from './first-view';

/**
 * Content that is below the first screen on every device (the notes and the list of sources,
 * a third of the page's elements) is rendered in a task of its own once the page's first view
 * has painted, so that the first render builds only what is seen first. After that, it is
 * rendered with the rest of the page, as anything else.
 */
export function AfterFirstView({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(firstViewPainted);
  useEffect(() => {
    if (shown) return;
    return afterFirstView(() => setShown(true));
  }, [shown]);
  return shown ? children : null;
}
