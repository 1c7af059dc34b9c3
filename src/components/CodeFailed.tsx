import { useMessages } from '../i18n/use-messages';

/**
 * Code that comes as a chunk of its own could not be loaded (see lazy-module.ts): says so, and
 * offers to reload the page, since the same page does not fetch a failed module again.
 */
export function CodeFailed({
  message,
  alert = false,
  className,
  messageClassName,
}: {
  message: string;
  alert?: boolean;
  className?: string;
  messageClassName?: string;
}) {
  const t = useMessages();
  return (
    <div className={className} role={alert ? 'alert' : undefined}>
      <p className={messageClassName}>{message}</p>
      <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </div>
  );
}
