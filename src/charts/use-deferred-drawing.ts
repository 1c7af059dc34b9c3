import { useEffect, useState, type ReactElement } from 'react';

/**
 * What a chart on the dashboard shows: its latest drawing, or, while it is out of view and
 * waiting for its turn, the drawing it had (null: none yet, a placeholder of its height).
 *
 * Charts near the viewport (within 400 px) are drawn at once, with every change. The others are
 * drawn, or redrawn after a filter change, by a queue that draws one chart per task after a frame
 * has painted, in page order. So a filter change costs only the charts a user can see, a first
 * view paints without waiting for the charts below it, and no single task draws them all. Every
 * chart is still drawn in the end without scrolling (find-in-page, printing and screen readers
 * see them all); until its turn, a chart out of view says so with aria-busy. Without
 * IntersectionObserver (jsdom), every chart is drawn at once.
 *
 * `chart` must keep its identity between renders that do not change it (useMemo).
 */
export function useDeferredDrawing(
  element: Element | null,
  chart: ReactElement,
  eager: boolean,
): { shown: ReactElement | null; stale: boolean } {
  const inView = useNearViewport(element, eager);
  const [drawn, setDrawn] = useState<ReactElement | null>(() => (inView ? chart : null));
  const [granted, setGranted] = useState<ReactElement | null>(null);
  const current = inView || granted === chart;

  // Remembered during render (React's pattern for state that follows props): what was last shown
  // is what stays while the chart is out of view and not yet redrawn.
  if (current && drawn !== chart) setDrawn(chart);

  // Out of view and behind: wait for a turn. Out of view but up to date: nothing to do.
  const behind = !current && drawn !== chart;
  useEffect(() => {
    if (!behind) return;
    return enqueue(() => setGranted(chart));
  }, [behind, chart]);

  return current ? { shown: chart, stale: false } : { shown: drawn, stale: behind };
}

/**
 * Whether the element is within 400 px of the viewport, kept up to date as the page scrolls. The
 * element comes as state, not a ref, so that a new one (after printing, say) is observed in turn.
 */
function useNearViewport(element: Element | null, initially: boolean): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(initially || !supported);
  useEffect(() => {
    if (!supported || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, supported]);
  return near;
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
  afterNextFrame(() => {
    scheduled = false;
    queue.shift()?.();
    schedule();
  });
}

/**
 * A task after the next painted frame; a hidden page paints no frames, so at most 50 ms later
 * whatever happens (its charts must still be drawn, for a print or for when it is shown).
 */
function afterNextFrame(callback: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    setTimeout(callback, 0);
  };
  requestAnimationFrame(run);
  setTimeout(run, 50);
}
