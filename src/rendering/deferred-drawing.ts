import { createContext, useContext, useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-paint';
import { afterFirstView, firstViewPainted, placedAfterPaint } from './first-view';
import { usePrinting } from '../components/use-printing';

/**
 * What a part of the dashboard shows: its latest content, or, while it is out of view and waiting
 * for its turn, the content it had (null: none yet, so a placeholder).
 *
 * Parts in the viewport are drawn at once, with every change (also one a change moves into view).
 * Parts within a screen's height of it are drawn by a queue that works in background tasks after
 * a frame has painted, those within 400 px first, each in page order, so they are ready when
 * scrolled to. A part further away is first drawn when it comes that near: opening the page costs
 * what is around the viewport, not a page of charts on a phone (each chart is a long task there,
 * and the first one, with Recharts' code still cold, the longest). Once drawn, a part is kept up
 * to date: after a filter change, the queue redraws it too, near ones first, so the page ends as
 * a fresh load would show it.
 * Until its turn, a part drawn for other filters says so with aria-busy, and a part never drawn
 * shows its placeholder. Printing draws every part at once. Without IntersectionObserver (jsdom),
 * everything is drawn at once.
 *
 * On a large dashboard (`dropWhenFar`), a part further than 400 px from the viewport is not
 * drawn at all, nor kept: it is drawn when it comes near, so the page holds only what is around
 * the viewport, and a filter change costs only that.
 *
 * `content` must keep its identity between renders that do not change it (useMemo, or the view
 * model's own objects), and `eager` parts are drawn with the first paint, before anything is
 * known of where they are.
 *
 * While `hold` is set, nothing is drawn and nothing waits in the queue: the code that draws the
 * part has not arrived yet. When it comes, the part is drawn as any other, at once if in view.
 *
 * A part inside another that is drawn in a background task (its turn came; it is not in view)
 * is drawn in that same task: the outer part passes its `background` down with
 * DrawnInBackground.
 */
export function useDeferredDrawing<T>(
  element: Element | null,
  content: T,
  eager: boolean,
  { dropWhenFar = false, hold = false }: { dropWhenFar?: boolean; hold?: boolean } = {},
): { shown: T | null; stale: boolean; background: boolean } {
  const drawNow = useContext(DrawnInBackground);
  const place = usePlace(element, eager);
  const printing = usePrinting();
  const [drawn, setDrawn] = useState<T | null>(() =>
    place === 'visible' || (drawNow && !hold) ? content : null,
  );
  const [granted, setGranted] = useState<{ content: T } | null>(null);
  const [seen, setSeen] = useState<{ content: T } | null>(null);
  const seenNow = seen?.content === content;
  const inView = place === 'visible' || printing || seenNow;
  const current = !hold && (inView || drawNow || granted?.content === content);
  const beyondNear = place === 'ahead' || place === 'far';
  const dropped = hold || (dropWhenFar && beyondNear && !printing && !seenNow && !drawNow);

  // Remembered during render (React's pattern for state that follows props): what was last shown
  // is what stays while the part is out of view and not yet redrawn; a dropped part keeps nothing.
  // A dropped part also forgets its turn: when it comes near again it waits for a new one, and
  // what is inside it is drawn in that turn's task (see DrawnInBackground), not in the scroll's.
  if (dropped) {
    if (drawn !== null) setDrawn(null);
    if (granted !== null) setGranted(null);
  } else if (current && drawn !== content) setDrawn(content);

  // Out of view and behind: wait for a turn, ahead of the rest when near the viewport (it may be
  // scrolled to next). More than a screen away and never drawn: wait until it comes closer. Out
  // of view but up to date, or dropped: nothing to do.
  const behind = !current && !dropped && drawn !== content;
  const near = place === 'near';
  const queued = behind && (place !== 'far' || drawn !== null);
  useEffect(() => {
    if (!queued) return;
    return enqueue(() => setGranted({ content }), near);
  }, [queued, content, near]);

  // A change can bring a part into view before the observers say so (a filter that removes the
  // cards above it): where it is now is checked before the frame is painted, so that what is on
  // screen is never out of date, not even for a frame.
  // A card a change mounts is checked too. Only the page's first view, and a view that replaces
  // it whole (other data shown), are not: there the observers report where each part is after
  // the layout, since measuring here would force the layout of the whole page inside the render's
  // task, where it otherwise comes in a frame of its own.
  const waiting = !hold && !current && (dropped || drawn !== content);
  useLayoutEffect(() => {
    if (!firstViewPainted()) {
      afterFirstView();
      return;
    }
    if (!waiting || !element || placedAfterPaint()) return;
    const box = element.getBoundingClientRect();
    // A measurement of the layout just committed, applied before paint: what layout effects are for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (box.bottom > 0 && box.top < window.innerHeight) setSeen({ content });
  }, [waiting, element, content]);

  // Busy only while showing what it drew for other filters: a placeholder claims nothing.
  const result = dropped
    ? { shown: null, stale: false, background: false }
    : current
      ? { shown: content, stale: false, background: !inView }
      : { shown: drawn, stale: behind && drawn !== null, background: false };

  // What this part shows now, or a change it was given (which may show elsewhere on the page:
  // a filter's value, a busy mark), is on its way to the screen: the queue lets that frame be
  // painted before its next turn (see schedule). Only a move (the observers' report) is not.
  const shown = result.shown;
  useLayoutEffect(() => {
    notePaintOwed();
  }, [shown, content]);

  return result;
}

/**
 * True inside a part being drawn in a background task: the parts within it are drawn in the same
 * task, not each in a turn of its own a frame later.
 */
export const DrawnInBackground = createContext(false);

/** In the viewport; within 400 px of it; within a screen's height of it; further. */
type Place = 'visible' | 'near' | 'ahead' | 'far';

/**
 * Where the element is, kept up to date as the page scrolls. The element comes as state, not a
 * ref, so that a new one (after printing, say) is observed in turn. Before the first observation,
 * `eager` parts count as visible.
 */
function usePlace(element: Element | null, eager: boolean): Place {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [visible, setVisible] = useState(eager || !supported);
  const [near, setNear] = useState(eager || !supported);
  const [ahead, setAhead] = useState(eager || !supported);
  useEffect(() => {
    if (!supported || !element) return;
    const stops = [
      watch(visibleWatchers, element, setVisible),
      watch(nearWatchers, element, setNear),
      watch(aheadWatchers, element, setAhead),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [element, supported]);
  return visible ? 'visible' : near ? 'near' : ahead ? 'ahead' : 'far';
}

// Three observers for every part of the page (a hundred cards need not make three hundred): one
// for the viewport, one for 400 px around it, one for a screen's height around it.
interface Watchers {
  margin: string;
  observer: IntersectionObserver | null;
  callbacks: Map<Element, (inside: boolean) => void>;
}
const visibleWatchers: Watchers = { margin: '0px', observer: null, callbacks: new Map() };
const nearWatchers: Watchers = { margin: '400px 0px', observer: null, callbacks: new Map() };
const aheadWatchers: Watchers = { margin: '100% 0px', observer: null, callbacks: new Map() };

function watch(
  watchers: Watchers,
  element: Element,
  onChange: (inside: boolean) => void,
): () => void {
  watchers.observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) watchers.callbacks.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: watchers.margin },
  );
  watchers.callbacks.set(element, onChange);
  watchers.observer.observe(element);
  return () => {
    watchers.callbacks.delete(element);
    watchers.observer?.unobserve(element);
  };
}

// Drawn in tasks after a painted frame, those near the viewport first, each in the order they
// asked: each task draws one part, then more while it has taken under 5 ms (a chart fills a
// task; a few cards share one).
const nearQueue: (() => void)[] = [];
const farQueue: (() => void)[] = [];
let scheduled = false;
const TASK_MS = 5;

function enqueue(task: () => void, near: boolean): () => void {
  const queue = near ? nearQueue : farQueue;
  queue.push(task);
  schedule();
  return () => {
    const index = queue.indexOf(task);
    if (index >= 0) queue.splice(index, 1);
  };
}

const waiting = () => nearQueue.length + farQueue.length;

// Whether a part has drawn something, or been given a change, that has not been painted yet.
let unpainted = false;

function notePaintOwed() {
  if (unpainted) return;
  unpainted = true;
  afterNextPaint(() => {
    unpainted = false;
  });
}

/**
 * A turn comes in a background task once what the parts last drew has been painted: after the
 * next frame when something is waiting for one (a change, the previous turn's part), at once
 * when nothing is. So after the page's first view has painted, the parts that the observers then
 * find near the viewport (a render that only moves them) start at once, not a frame later.
 */
function schedule() {
  if (scheduled || waiting() === 0) return;
  scheduled = true;
  const turn = () => {
    scheduled = false;
    const started = performance.now();
    do {
      const task = nearQueue.shift() ?? farQueue.shift();
      if (task) flushSync(task);
    } while (waiting() > 0 && performance.now() - started < TASK_MS);
    schedule();
  };
  if (unpainted || !firstViewPainted()) afterNextPaint(turn, inBackground);
  else inBackground(turn);
}

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * A background task: anything else waiting (the user's next input, the browser's own work) goes
 * first. The Prioritized Task Scheduling API where there is one (Chromium), a plain task elsewhere.
 */
function inBackground(callback: () => void) {
  const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}
