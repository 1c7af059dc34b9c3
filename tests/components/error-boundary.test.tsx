import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { resetDashboardStore } from '../../src/state/dashboard-store';

function Broken(): never {
  throw new Error('render failed');
}

describe('error boundary', () => {
  beforeEach(() => {
    // React and the boundary log the error; the test is about what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it.each([
    ['', 'Đã có lỗi khi hiển thị trang', 'Tải lại trang'],
    ['?lang=en', 'Something went wrong showing this page', 'Reload the page'],
  ])('shows a message in the user’s language, not a blank page (%s)', (search, title, button) => {
    resetDashboardStore(search);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
  });
});
