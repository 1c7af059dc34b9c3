import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadFigureBody } from '../src/features/dashboard/figure-body-module';
import { loadMessages } from '../src/i18n';

// The whole app renders in jsdom, and what it loads on demand (the notes and sources, the
// messages that come with them) is transformed by Vitest the first time a test asks for it: on a
// busy 2-core machine, with a build beside the tests, the dashboard took 5–8 s to show and the
// sources 6 s more. The limit is only how long a failing wait takes to say so.
configure({ asyncUtilTimeout: 20_000 });

// The app loads English on demand; the tests render either language at once.
await loadMessages('en');
// The chart cards' code is a chunk the app loads as it starts: the tests have it from the start
// (tests/components/figure-body-loading.test.tsx covers the wait and a failed load).
await loadFigureBody();

// Recharts measures its container with ResizeObserver, which jsdom lacks; without a size it
// draws nothing. This stub reports a fixed laptop-sized box.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = {
      target,
      contentRect: {
        width: 800,
        height: 400,
        top: 0,
        left: 0,
        bottom: 400,
        right: 800,
        x: 0,
        y: 0,
      },
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
});
