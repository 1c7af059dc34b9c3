import { useId, useMemo, useRef } from 'react';
import { RANKING_PAGE } from '../../domain/at-a-glance';
import { buildRankings } from '../../domain/view/ranking';
import type { Panel, ProgressRanking } from '../../domain/view-model';
import { assumesEvenPace, statusReason } from '../../charts/status-words';
import { useFormatters } from '../../charts/use-formatters';
import { useWords } from '../../i18n/words';
import { rankingWords } from './ranking-words';
import { ShowMore } from './ShowMore';
import { usePaged } from './use-paged';
import { StatusBadge } from './StatusBadge';

/**
 * A metric's districts ranked by progress against time, the furthest behind first (the ranking
 * is the domain's, domain/ranking.ts): for more districts than small multiples show at a glance.
 * A list, not a table, so that a phone shows each district whole.
 */
export function RankedProgress({ ranking }: { ranking: ProgressRanking }) {
  const t = useWords(rankingWords);
  const format = useFormatters();
  const headingId = useId();
  // A city's wards and communes: the furthest behind first, a page of them, more on request.
  const list = useRef<HTMLOListElement>(null);
  const paged = usePaged(`ranking/${ranking.metricId}`, ranking.rows.length, RANKING_PAGE, list);
  return (
    <section className="ranking" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.rankingHeading}</h4>
      <p className="muted">
        {t.rankingIntro(format.count(ranking.rows.length), ranking.metricName)}
        {ranking.rows.some((row) => assumesEvenPace(row.judgement)) && ` ${t.evenPace}`}
      </p>
      <ol className="ranking-list" ref={list}>
        {ranking.rows.slice(0, paged.shown).map((row, index) => (
          <li key={row.id} data-status={row.judgement.status}>
            {/* The list says each place to a screen reader; this shows it. */}
            <span className="ranking-place" aria-hidden="true">
              {index + 1}.
            </span>{' '}
            {/* Spaces between the parts, so that they read apart as text, not only as laid out. */}
            <strong className="ranking-unit">{row.unitName}</strong>{' '}
            <span className="ranking-period">{row.periodLabel}</span>{' '}
            <StatusBadge status={row.judgement.status} />{' '}
            <span className="ranking-gap">
              {row.gap == null
                ? t.rankingNoGap
                : t.rankingGap(signedPoints(row.gap, format.number))}
            </span>{' '}
            <span className="ranking-reason">
              {statusReason(
                row.judgement,
                { targetName: ranking.targetName, shareDecimals: row.shareDecimals },
                t,
              )}
            </span>
          </li>
        ))}
      </ol>
      <ShowMore
        shown={paged.shown}
        total={ranking.rows.length}
        page={RANKING_PAGE}
        status={t.rankingShown}
        more={paged.more}
        all={paged.all}
      />
    </section>
  );
}

/**
 * A figure's rankings, one per metric with more districts than fit at a glance: this module is a
 * chunk of its own (ranking-module.ts), loaded only for such a figure.
 */
export function RankedProgressSection({ panels }: { panels: readonly Panel[] }) {
  const rankings = useMemo(() => buildRankings(panels), [panels]);
  return rankings.map((ranking) => <RankedProgress key={ranking.metricId} ranking={ranking} />);
}

/**
 * A gap in points with its sign, as a growth is written: "+13,9", "−39" (a true minus, not a
 * hyphen), "0" for one that rounds to nothing.
 */
function signedPoints(gap: number, number: (value: number, decimals: number) => string): string {
  const size = number(Math.abs(gap), 1);
  if (/^[0.,]+$/.test(size)) return size;
  return `${gap > 0 ? '+' : '−'}${size}`;
}
