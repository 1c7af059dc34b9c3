import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messagesFor } from '../i18n';
import { useDashboardStore } from '../state/dashboard-store';

interface State {
  failed: boolean;
}

/** The last line of defence: a rendering bug shows a message in the user's language, not a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Dashboard failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = messagesFor(useDashboardStore.getState().lang);
    return (
      <main className="error-screen" role="alert">
        <h1>{t.crashTitle}</h1>
        <p>{t.crashBody}</p>
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </main>
    );
  }
}
