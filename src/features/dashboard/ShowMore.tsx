import { useEffect, useRef, type RefObject } from 'react';
import { useFormatters } from '../../charts/use-formatters';
import { useMessages } from '../../i18n/use-messages';

/*
 * A long list shown a page at a time (headline cards, a city's district charts, a ranking): the
 * first page, then "Hiện thêm …" and "Hiện tất cả …" on request, the focus going to the first
 * item added, to read on from there (the buttons move below the new items, or go once all show).
 */

/**
 * The focus after "show more": `from(index)` before the list grows; once it has, the item at that
 * index of `list` takes the focus (without joining the tab order).
 */
export function useFocusFirstAdded(list: RefObject<HTMLElement | null> | undefined, shown: number) {
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const index = focusFrom.current;
    if (index == null) return;
    focusFrom.current = null;
    const first = list?.current?.children[index] as HTMLElement | undefined;
    if (first && !first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
    first?.focus();
  }, [shown, list]);
  return (index: number) => {
    focusFrom.current = index;
  };
}

/** The line under a paged list: how many of how many, and the buttons that show more. */
export function ShowMore({
  shown,
  total,
  page,
  status,
  more,
  all,
}: {
  shown: number;
  total: number;
  page: number;
  /** "Đang hiện 24 trong 126 …", in the list's own words. */
  status: (shown: string, total: string) => string;
  more: () => void;
  all: () => void;
}) {
  const t = useMessages();
  const format = useFormatters();
  if (total <= page) return null;
  const next = Math.min(page, total - shown);
  return (
    <div className="show-more">
      <p role="status">{status(format.count(shown), format.count(total))}</p>
      {next > 0 && (
        <>
          <button type="button" className="button-secondary" onClick={more}>
            {t.kpisMore(format.count(next))}
          </button>
          <button type="button" className="button-secondary" onClick={all}>
            {t.kpisAll(format.count(total))}
          </button>
        </>
      )}
    </div>
  );
}
