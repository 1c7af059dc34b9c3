import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterFirstView, DrawnPartContent, useDrawnPart } from '../../src/rendering';
import { place, installFakeObserver } from '../fixtures/fake-intersection-observer';

// The rendering machinery, tested once at its boundary (src/rendering/index.ts): what a part of
// the page shows, and when. The cards' own tests only check what a user sees.

const drawnOrder: string[] = [];

/**
 * Until the page's first view has painted, a part's position comes from the observers alone (no
 * forced layout in the first render); after it, a change's parts are checked before the paint.
 * Waited for as the page does: what is rendered after the first view is there.
 */
async function firstViewPainted() {
  const { unmount } = render(
    <AfterFirstView>
      <p>after the first view</p>
    </AfterFirstView>,
  );
  await screen.findByText('after the first view');
  unmount();
  // And the frame after it: what the first view drew has been painted too.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The page's clock from here on, with no frame ever painted: a turn that waits for a frame comes
 * only with afterNextPaint's 50 ms fallback, and the test moves time itself.
 */
function noFramesFromNow() {
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return (ms: number) => act(() => vi.advanceTimersByTime(ms));
}

afterEach(() => {
  vi.useRealTimers();
});

/** Code that draws a part, arrived or not yet. */
const arrived = { module: {}, failed: false };
const notYet = { module: null, failed: false };

function Part({
  name,
  content,
  eager = false,
  dropWhenFar = false,
  hold = false,
}: {
  name: string;
  content: string;
  eager?: boolean;
  dropWhenFar?: boolean;
  hold?: boolean;
}) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const part = useDrawnPart(element, content, {
    eager,
    large: dropWhenFar,
    module: hold ? notYet : arrived,
  });
  const shown = part.kind === 'drawn' ? part.content : null;
  useEffect(() => {
    if (shown) drawnOrder.push(`${name}:${shown}`);
  }, [name, shown]);
  return (
    <section ref={setElement} data-testid={name} {...part.marks}>
      {shown ?? 'placeholder'}
    </section>
  );
}

/** A part holding another, as a chart card holds its charts. */
function Card({
  name,
  content,
  dropWhenFar = false,
}: {
  name: string;
  content: string;
  dropWhenFar?: boolean;
}) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const part = useDrawnPart(element, content, { large: dropWhenFar });
  return (
    <article ref={setElement} data-testid={name}>
      {part.kind !== 'drawn' ? (
        'placeholder'
      ) : (
        <DrawnPartContent part={part}>
          {part.content}
          <Part name={`${name}-inner`} content={`inner ${part.content}`} />
        </DrawnPartContent>
      )}
    </article>
  );
}

installFakeObserver();

describe('parts of the page drawn as they are needed', () => {
  it('draws an eager part with the first render, parts within a screen in turn, nearest first, and a far one only when it comes closer', async () => {
    drawnOrder.length = 0;
    render(
      <>
        <Part name="top" content="top" eager />
        <Part name="ahead" content="ahead" />
        <Part name="far1" content="far1" />
        <Part name="near" content="near" />
        <Part name="far2" content="far2" />
      </>,
    );
    expect(screen.getByTestId('top')).toHaveTextContent('top');
    expect(screen.getByTestId('far1')).toHaveTextContent('placeholder');
    place(screen.getByTestId('top'), 'visible');
    place(screen.getByTestId('ahead'), 'ahead');
    place(screen.getByTestId('far1'), 'far');
    place(screen.getByTestId('near'), 'near');
    place(screen.getByTestId('far2'), 'far');
    // The queue has run, last of all the part a screen away: what is far from the viewport was
    // not drawn in the background.
    await waitFor(() => expect(screen.getByTestId('ahead')).toHaveTextContent('ahead'));
    expect(screen.getByTestId('far1')).toHaveTextContent('placeholder');
    expect(screen.getByTestId('far2')).toHaveTextContent('placeholder');
    // A placeholder claims nothing: it is not marked busy, as a card drawn for other filters is.
    expect(screen.getByTestId('far1')).not.toHaveAttribute('aria-busy');

    // Scrolled towards: drawn before it is in view.
    place(screen.getByTestId('far2'), 'ahead');
    await waitFor(() => expect(screen.getByTestId('far2')).toHaveTextContent('far2'));
    expect(screen.getByTestId('far1')).toHaveTextContent('placeholder');
    expect(drawnOrder).toEqual(['top:top', 'near:near', 'ahead:ahead', 'far2:far2']);
  });

  it('once the first view has painted, starts a part the observers find near at once, not a frame later', async () => {
    render(
      <>
        <Part name="top" content="top" eager />
        <Part name="next" content="next" />
      </>,
    );
    await firstViewPainted();
    // No frame comes: a turn that waited for one would come only with the 50 ms fallback.
    const wait = noFramesFromNow();
    place(screen.getByTestId('next'), 'near');
    wait(20);
    expect(screen.getByTestId('next')).toHaveTextContent('next');
  });

  it('lets what a change drew be painted before the next turn', async () => {
    const page = (content: string) => (
      <>
        <Part name="shown" content={content} eager />
        <Part name="below" content={content} />
      </>
    );
    const { rerender } = render(page('2023'));
    place(screen.getByTestId('shown'), 'visible');
    place(screen.getByTestId('below'), 'near');
    await waitFor(() => expect(screen.getByTestId('below')).toHaveTextContent('2023'));
    await firstViewPainted();

    const wait = noFramesFromNow();
    rerender(page('2024'));
    expect(screen.getByTestId('shown')).toHaveTextContent('2024');
    wait(20);
    expect(screen.getByTestId('below')).toHaveTextContent('2023');
    // Painted (the fallback, as no frame comes): its turn.
    wait(40);
    expect(screen.getByTestId('below')).toHaveTextContent('2024');
  });

  it('lets a change be painted before the next turn, also one that draws nothing in view', async () => {
    const page = (content: string) => (
      <>
        <Part name="first" content={content} />
        <Part name="second" content={content} />
      </>
    );
    const { rerender } = render(page('2023'));
    place(screen.getByTestId('first'), 'near');
    place(screen.getByTestId('second'), 'near');
    await waitFor(() => expect(screen.getByTestId('second')).toHaveTextContent('2023'));
    await firstViewPainted();

    const wait = noFramesFromNow();
    rerender(page('2024'));
    // Out of view, both keep 2023, marked busy: that mark is the change's, painted first.
    expect(screen.getByTestId('first')).toHaveAttribute('aria-busy', 'true');
    wait(20);
    expect(screen.getByTestId('first')).toHaveTextContent('2023');
    // Each turn after a painted frame (here each fallback): both in turn.
    wait(200);
    expect(screen.getByTestId('second')).toHaveTextContent('2024');
  });

  it('redraws a visible part with the change, and keeps a part out of view as it was, marked busy, until its turn', async () => {
    const page = (content: string) => (
      <>
        <Part name="shown" content={content} eager />
        <Part name="below" content={content} eager />
      </>
    );
    const { rerender } = render(page('2023'));
    place(screen.getByTestId('shown'), 'visible');
    place(screen.getByTestId('below'), 'far');
    expect(screen.getByTestId('below')).toHaveTextContent('2023');

    rerender(page('2024'));
    expect(screen.getByTestId('shown')).toHaveTextContent('2024');
    expect(screen.getByTestId('shown')).not.toHaveAttribute('aria-busy');
    expect(screen.getByTestId('below')).toHaveTextContent('2023');
    expect(screen.getByTestId('below')).toHaveAttribute('aria-busy', 'true');

    await waitFor(() => expect(screen.getByTestId('below')).toHaveTextContent('2024'));
    expect(screen.getByTestId('below')).not.toHaveAttribute('aria-busy');
  });

  it('draws a part that a change brings into view at once, before the observers say so', async () => {
    const page = (content: string) => <Part name="moved" content={content} eager />;
    const { rerender } = render(page('2023'));
    await firstViewPainted();
    const element = screen.getByTestId('moved');
    place(element, 'far');
    // The change removes what was above it: it is on screen when React commits.
    element.getBoundingClientRect = () => ({ top: 100, bottom: 300 }) as DOMRect;
    rerender(page('2024'));
    expect(element).toHaveTextContent('2024');
    expect(element).not.toHaveAttribute('aria-busy');
  });

  it('draws a part that a change adds in view before the frame is painted, once the first view is', async () => {
    const page = (parts: string[]) => (
      <>
        {parts.map((name) => (
          <Part key={name} name={name} content={name} />
        ))}
      </>
    );
    const { rerender } = render(page(['first']));
    await firstViewPainted();
    // A topic change mounts a card where the one above it was: on screen when React commits.
    const measure = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = () => ({ top: 100, bottom: 300 }) as DOMRect;
    try {
      rerender(page(['first', 'added']));
      expect(screen.getByTestId('added')).toHaveTextContent('added');
    } finally {
      Element.prototype.getBoundingClientRect = measure;
    }
  });

  it('draws a part as soon as it is scrolled into view', () => {
    render(<Part name="later" content="later" />);
    place(screen.getByTestId('later'), 'far');
    place(screen.getByTestId('later'), 'visible');
    expect(screen.getByTestId('later')).toHaveTextContent('later');
  });

  it('keeps a part once drawn when it is far again, except on a large dashboard', async () => {
    render(
      <>
        <Part name="kept" content="kept" />
        <Part name="large" content="large" dropWhenFar />
        <Part name="control" content="control" />
      </>,
    );
    place(screen.getByTestId('kept'), 'near');
    place(screen.getByTestId('large'), 'near');
    await waitFor(() => expect(screen.getByTestId('large')).toHaveTextContent('large'));
    expect(screen.getByTestId('kept')).toHaveTextContent('kept');

    place(screen.getByTestId('kept'), 'far');
    place(screen.getByTestId('large'), 'far');
    expect(screen.getByTestId('kept')).toHaveTextContent('kept');
    expect(screen.getByTestId('large')).toHaveTextContent('placeholder');
    // A large dashboard keeps only what is within 400 px, not a screen's height: a part of a
    // small one placed there at the same time is drawn, the large one's is not.
    place(screen.getByTestId('large'), 'ahead');
    place(screen.getByTestId('control'), 'ahead');
    await waitFor(() => expect(screen.getByTestId('control')).toHaveTextContent('control'));
    expect(screen.getByTestId('large')).toHaveTextContent('placeholder');
  });

  it('draws nothing while its code is not there, and a part in view as soon as it comes', async () => {
    const page = (hold: boolean) => (
      <>
        <Part name="top" content="top" eager hold={hold} />
        <Part name="near" content="near" hold={hold} />
        <Part name="control" content="control" />
      </>
    );
    const { rerender } = render(page(true));
    place(screen.getByTestId('top'), 'visible');
    place(screen.getByTestId('near'), 'near');
    // A part beside them whose code is there, placed after them: the queue has had its turns.
    place(screen.getByTestId('control'), 'near');
    await waitFor(() => expect(screen.getByTestId('control')).toHaveTextContent('control'));
    expect(screen.getByTestId('top')).toHaveTextContent('placeholder');
    expect(screen.getByTestId('near')).toHaveTextContent('placeholder');

    rerender(page(false));
    expect(screen.getByTestId('top')).toHaveTextContent('top');
    await waitFor(() => expect(screen.getByTestId('near')).toHaveTextContent('near'));
  });

  it('draws the parts inside a part in the same turn as it, when its turn comes', async () => {
    render(<Card name="card" content="one" />);
    const card = screen.getByTestId('card');
    const states: string[] = [];
    const watcher = new MutationObserver(() => states.push(card.textContent ?? ''));
    watcher.observe(card, { childList: true, subtree: true, characterData: true });
    place(card, 'near');
    await waitFor(() => expect(card).toHaveTextContent('one'));
    watcher.disconnect();
    // Never the outer part drawn around an inner placeholder, not even for a frame.
    expect(states.filter((text) => text.startsWith('one'))).toEqual(['oneinner one']);
  });

  it('on a large dashboard, draws a part that was let go again in a turn of its own, whole', async () => {
    render(<Card name="big" content="one" dropWhenFar />);
    const card = screen.getByTestId('big');
    place(card, 'near');
    await waitFor(() => expect(card).toHaveTextContent('one'));
    place(card, 'far');
    expect(card).toHaveTextContent('placeholder');

    const states: string[] = [];
    const watcher = new MutationObserver(() => states.push(card.textContent ?? ''));
    watcher.observe(card, { childList: true, subtree: true, characterData: true });
    // Scrolled back near: not drawn in the scroll's own task, but in a turn, with its inner part.
    place(card, 'near');
    expect(card).toHaveTextContent('placeholder');
    await waitFor(() => expect(card).toHaveTextContent('one'));
    watcher.disconnect();
    expect(states.filter((text) => text.startsWith('one'))).toEqual(['oneinner one']);
  });

  it('inside a part in view, draws an inner part that is out of view in its own turn, after the change', async () => {
    const { rerender } = render(<Card name="shown" content="one" />);
    place(screen.getByTestId('shown'), 'visible');
    const inner = screen.getByTestId('shown-inner');
    place(inner, 'near');
    await waitFor(() => expect(inner).toHaveTextContent('inner one'));
    await firstViewPainted();

    // The change draws what is in view at once; the inner part below the fold waits its turn
    // (marked busy), so the change's frame costs only what can be seen.
    rerender(<Card name="shown" content="two" />);
    expect(screen.getByTestId('shown')).toHaveTextContent(/^two/);
    expect(inner).toHaveTextContent('inner one');
    expect(inner).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(inner).toHaveTextContent('inner two'));
  });

  it('draws every part at once when the page is printed', () => {
    const page = (content: string) => <Part name="below" content={content} eager />;
    const { rerender } = render(page('before'));
    place(screen.getByTestId('below'), 'far');
    rerender(page('after'));
    expect(screen.getByTestId('below')).toHaveTextContent('before');
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    expect(screen.getByTestId('below')).toHaveTextContent('after');
    act(() => {
      fireEvent(window, new Event('afterprint'));
    });
  });
});
