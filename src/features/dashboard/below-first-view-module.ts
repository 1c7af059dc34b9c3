import { lazyModule } from '../../rendering';

/**
 * The notes and the list of sources, below the first screen on every device, come as a chunk of
 * their own: asked for when the dashboard first renders and drawn once its first view has painted
 * (AfterFirstView), so the code the first chart waits for does not carry them. Should it fail to
 * load, the page says so where they would be and offers to reload.
 */
const belowFirstView = lazyModule(() => import('./BelowFirstView'));

export const useBelowFirstViewModule = belowFirstView.useModule;
