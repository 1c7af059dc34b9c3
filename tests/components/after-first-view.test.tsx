import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterFirstView } from '../../src/rendering';

describe('content below the first screen', () => {
  it('is rendered after the first view has painted, and at once in every later render', async () => {
    const { unmount } = render(
      <>
        <p>first view</p>
        <AfterFirstView>
          <p>sources</p>
        </AfterFirstView>
      </>,
    );
    expect(screen.getByText('first view')).toBeInTheDocument();
    expect(screen.queryByText('sources')).toBeNull();
    expect(await screen.findByText('sources')).toBeInTheDocument();
    unmount();

    // A later view (another filter, the other language) does not wait.
    render(
      <AfterFirstView>
        <p>notes</p>
      </AfterFirstView>,
    );
    expect(screen.getByText('notes')).toBeInTheDocument();
  });

  it('with `idle`, is rendered once the page is idle after that', async () => {
    render(
      <AfterFirstView idle>
        <p>sources, from their own chunk</p>
      </AfterFirstView>,
    );
    expect(screen.queryByText('sources, from their own chunk')).toBeNull();
    expect(await screen.findByText('sources, from their own chunk')).toBeInTheDocument();
  });
});
