import { useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from './after-paint';
import { afterFirstView, firstViewPainted } from './first-view';

/**
 * Content that is below the first screen on every device (the notes and the list of sources,
 * a third of the page's elements) is rendered in a task of its own once the page's first view
 * has painted, so that the first render builds only what is seen first. After that, it is
 * rendered with the rest of the page, as anything else.
 *
 * `idle`: and only once the page is idle after that (its code asked for then, say): after the
 * first view and the charts drawn with it, which do not wait for it.
 */
export function AfterFirstView({
  children,
  idle = false,
}: {
  children: ReactNode;
  idle?: boolean;
}) {
  const [shown, setShown] = useState(firstViewPainted);
  useEffect(() => {
    if (shown) return;
    return afterFirstView(() => setShown(true));
  }, [shown]);
  if (!shown) return null;
  return idle ? <WhenIdle>{children}</WhenIdle> : children;
}

function WhenIdle({ children }: { children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return afterNextPaint(() => setIdle(true));
    const request = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(request);
  }, []);
  return idle ? children : null;
}
