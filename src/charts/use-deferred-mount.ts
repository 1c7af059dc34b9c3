import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether a chart should be drawn yet. A chart is drawn when it comes near the viewport, or
 * when its turn comes in a queue that draws the others one task at a time after the first
 * paint. So the first view paints without waiting for every chart below it, no single task
 * draws them all (the page stays responsive while they appear), and a dashboard of a hundred
 * charts draws only those a user scrolls to. Every chart is drawn in the end, without scrolling,
 * so find-in-page, printing and screen readers see them all. Without IntersectionObserver
 * (jsdom), charts draw at once.
 */
export function useDeferredMount(ref: RefObject<Element | null>, eager: boolean): boolean {
  const [ready, setReady] = useState(() => eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (ready) return;
    const element = ref.current;
    if (!element) return;
    const done = () => setReady(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) done();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    const cancel = enqueue(done);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [ready, ref]);
  return ready;
}

// One chart per task, each after a frame has painted, in the order they asked.
const queue: (() => void)[] = [];
let scheduled = false;

function enqueue(task: () => void): () => void {
  queue.push(task);
  schedule();
  return () => {
    const index = queue.indexOf(task);
    if (index >= 0) queue.splice(index, 1);
  };
}

function schedule() {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  requestAnimationFrame(() => {
    setTimeout(() => {
      scheduled = false;
      queue.shift()?.();
      schedule();
    }, 0);
  });
}
