import { lazyModule } from '../../rendering';

/**
 * The chart cards' bodies (FigureBody.tsx, with Recharts) come as a chunk of their own, so that
 * the browser runs the first view's code and the charts' code in two tasks, not one long one.
 * src/app/boot.ts asks for it as the page starts, so it is fetched alongside the data (not
 * preloaded from index.html: Lighthouse's simulation then counted it before the first paint). A
 * card draws its charts once it is there. Should it fail to load (a dropped connection, a page left open
 * across a release), the page and each card say so and offer to reload the page.
 */
const figureBody = lazyModule(() => import('./FigureBody'));

export const loadFigureBody = figureBody.load;
export const useFigureBodyModule = figureBody.useModule;
