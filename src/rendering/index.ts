/**
 * How the dashboard is drawn fast, behind one small API. A part of the page asks for its content
 * with useDrawnPart and draws what it is given; when and where that happens (in view at once,
 * near in background turns, far never on a large dashboard, everything when printed, the build's
 * drawing kept until then) is decided here. See docs/architecture.md for the whole pipeline.
 *
 * Only app/ and features/ import it, and only through this file.
 */
import { forget, main, prepare, shown, showing, take } from './build-drawn-page';
// The stylesheet the build-drawn page relies on, and the rules the build adds to it.
import './build-drawn-page.css';

// For the parts of the page.
export {
  useDrawnPart,
  DrawnPartContent,
  partsDrawnWithFirstPaint,
  type DrawnPart,
  type DrawnPartOptions,
  type PartMarks,
} from './use-drawn-part';
export { BuildDrawnSlot } from './BuildDrawnSlot';
export { AfterFirstView } from './AfterFirstView';
export { lazyModule, type LazyModuleState } from './lazy-module';
export { afterNextPaint } from './after-paint';
export { replacedViewCommitted, wholeViewReplaced } from './first-view';

// For the start-up (src/app/boot.ts).
export { onPhoneScreen } from './screen';

/** The page the build drew (build-drawn-page.ts): taken over, matched, and let go. */
export const buildDrawnPage = {
  /** Takes note of its parts before the app's first render replaces the page. */
  take,
  /** Whether the page shows it (allowed by index.html's script, and written by the build). */
  shown,
  /** The data the app shows and its language, from which the parts are matched. */
  showing,
  /** Works out now how the first view's parts are matched, rather than in the render. */
  prepare,
  /** Its main content, while it still shows what the app will (kept, inert, over a slow load). */
  main,
  /** Lets it go: the page no longer shows what it drew. */
  forget,
};
