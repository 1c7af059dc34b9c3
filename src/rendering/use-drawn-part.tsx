import type { ReactNode } from 'react';
import { PartDrawingContext } from '../components/use-deferred-drawing';
import { capturing, drawnBody, isIdentified, keyOf, kept } from './build-drawn-page';
import { DrawnInBackground, useDeferredDrawing } from './deferred-drawing';
import type { LazyModuleState } from './lazy-module';
import { onPhoneScreen } from './screen';

export interface DrawnPartOptions<M> {
  /** Drawn with the first paint, before anything is known of where it is. */
  eager?: boolean;
  /** One of many on a large dashboard: not drawn, nor kept, when far from the viewport. */
  large?: boolean;
  /** The lazily loaded code that draws it: nothing is drawn until it has come. */
  module?: LazyModuleState<M>;
}

/** Attributes for the part's own element: its busy mark, and what the build's capture reads. */
export interface PartMarks {
  'aria-busy': true | undefined;
  'data-prerender-key': string | undefined;
}

/**
 * What a part of the page shows now:
 * - `drawn`: its content (`busy` while that is what it drew for other filters, until its turn)
 *   and the module that draws it;
 * - `build-drawn`: what the build drew for this very part, to keep in its place until it is drawn
 *   (a BuildDrawnSlot);
 * - `pending`: nothing yet, a placeholder (`failed`: its code could not be loaded).
 */
export type DrawnPart<T, M = undefined> = { marks: PartMarks } & (
  | { kind: 'drawn'; content: T; module: M; busy: boolean; inBackground: boolean }
  | { kind: 'build-drawn'; node: HTMLElement }
  | { kind: 'pending'; failed: boolean }
);

/**
 * The one way a part of the page (a card, a chart) asks for its content. It is drawn when it is
 * needed: at once in view, in background turns near it, not at all far from it on a large
 * dashboard, all at once when printed (see deferred-drawing.ts); until then it keeps what it
 * showed, or what the build drew for it (build-drawn-page.ts), or a placeholder.
 *
 * `element` is the part's own element, as state (a callback ref), so that a new one is observed.
 * `content` must keep its identity between renders that do not change it; one with an `id` may
 * have been drawn by the build. Spread `marks` on the part's element, and put what is drawn in a
 * DrawnPartContent, so that parts inside it are drawn in the same turn.
 */
export function useDrawnPart<T, M = undefined>(
  element: Element | null,
  content: T,
  { eager = false, large = false, module }: DrawnPartOptions<M> = {},
): DrawnPart<T, M> {
  const waitingForCode = module != null && module.module == null;
  const { shown, stale, background } = useDeferredDrawing(element, content, eager, {
    dropWhenFar: large,
    hold: waitingForCode,
  });
  const failed = module?.failed === true;
  const drawn = shown != null && !waitingForCode;
  const fromBuild = isIdentified(content) ? content : null;
  // Until it has drawn its own (or its code failed), what the build drew for this very part.
  const node = fromBuild && !drawn && !failed ? drawnBody(fromBuild) : null;
  const marks: PartMarks = {
    'aria-busy': stale || node != null || undefined,
    'data-prerender-key': fromBuild && capturing() ? keyOf(fromBuild) : undefined,
  };
  if (drawn) {
    return {
      kind: 'drawn',
      content: shown,
      module: module?.module as M,
      busy: stale,
      inBackground: background,
      marks,
    };
  }
  if (node) return { kind: 'build-drawn', node, marks };
  return { kind: 'pending', failed, marks };
}

/**
 * Around what a drawn part shows. The parts inside it (its charts, through src/components/
 * use-deferred-drawing.ts) are drawn by the same machinery; and when it was drawn because its
 * turn came (not in view), they are drawn in that same task, not each a frame later in a turn of
 * its own.
 */
export function DrawnPartContent({
  part,
  children,
}: {
  part: { inBackground: boolean };
  children: ReactNode;
}) {
  return (
    <PartDrawingContext.Provider value={useDrawnInsidePart}>
      <DrawnInBackground.Provider value={part.inBackground}>{children}</DrawnInBackground.Provider>
    </PartDrawingContext.Provider>
  );
}

/** A part inside a drawn part: drawn as any part, with its busy mark. */
function useDrawnInsidePart<T>(element: Element | null, content: T, eager: boolean) {
  const { shown, stale } = useDeferredDrawing(element, content, eager);
  return { shown, stale };
}

/**
 * How many of a list's parts are drawn with the first paint: as many as a screen shows above the
 * fold, fewer on a phone while the build's drawing is there to stand in for the rest until their
 * turn (on a phone the first render is a long task, and each part left out shortens it).
 */
export function partsDrawnWithFirstPaint(counts: { screen: number; phone: number }): number {
  return onPhoneScreen() && kept() ? counts.phone : counts.screen;
}
