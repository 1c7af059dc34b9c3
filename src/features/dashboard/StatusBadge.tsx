import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { STATUS_TONE, type Status } from '../../domain/status';
import { useMessages } from '../../i18n/use-messages';

const ICONS: Record<Status, ReactNode> = {
  exceeded: <Icon name="up" />,
  met: <Icon name="check" />,
  'not-met': <Icon name="circle" />,
  ahead: <Icon name="up" />,
  'on-pace': <Icon name="check" />,
  behind: <Icon name="circle" />,
  'pace-unknown': '–',
  'share-of-total': '–',
  'no-target': '–',
  'no-data': '?',
};

/** The status in words and a symbol, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useMessages();
  return (
    <span className={`status-badge status-${STATUS_TONE[status]}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span> {t.status[status]}
    </span>
  );
}
