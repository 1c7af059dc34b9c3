import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import type { Status } from '../../domain/metrics';
import { useMessages } from '../../i18n/use-messages';

const ICONS: Record<Status, ReactNode> = {
  met: <Icon name="check" />,
  exceeded: <Icon name="up" />,
  'not-met': <Icon name="circle" />,
  'no-target': '–',
  'no-data': '?',
};

/** The status in words and a symbol, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useMessages();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{ICONS[status]}</span> {t.status[status]}
    </span>
  );
}
