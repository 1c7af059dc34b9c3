import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { Outcome } from './panel-props';

/**
 * An export under way and how it ended: its buttons are disabled until it has, then its message
 * is shown ("working" first; a failure in the user's language, the error in the console).
 */
export function useExportRun() {
  const t = useMessages();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function run(action: () => Promise<Outcome>) {
    setBusy(true);
    setOutcome({ kind: 'status', text: t.exportWorking });
    try {
      setOutcome(await action());
    } catch (error) {
      console.warn('export failed', error);
      setOutcome({ kind: 'alert', text: t.exportFailed });
    } finally {
      setBusy(false);
    }
  }
  return { busy, outcome, run };
}
