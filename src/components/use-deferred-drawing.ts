import { createContext, useContext } from 'react';

/** How a part inside a drawn card is drawn: its content now, or what it showed until its turn. */
export type PartDrawing = <T>(
  element: Element | null,
  content: T,
  eager: boolean,
) => { shown: T | null; stale: boolean };

const useDrawnAtOnce: PartDrawing = (_element, content) => ({ shown: content, stale: false });

/**
 * The slot through which a card's drawing machinery (src/rendering, which fills it around what a
 * card draws) reaches the parts inside it, such as its charts, without them knowing of it.
 * Outside a card (an export, a slide) a part is drawn at once.
 */
export const PartDrawingContext = createContext<PartDrawing>(useDrawnAtOnce);

/**
 * A part inside a card (a chart): drawn when it is needed, as the card's drawing decides; its
 * element comes as state (a callback ref), and `eager` parts are drawn with the first paint.
 * The function the context holds is fixed for a card's life, so the hooks it calls are too.
 */
export function useDeferredDrawing<T>(
  element: Element | null,
  content: T,
  eager: boolean,
): { shown: T | null; stale: boolean } {
  const useDrawing = useContext(PartDrawingContext);
  return useDrawing(element, content, eager);
}
