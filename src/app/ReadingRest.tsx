import type { FirstView } from '../data/first-view';
import type { Lang } from '../domain/url-state';
import { readingRestWords } from '../i18n/reading-rest-words';

/**
 * The note over a part of a large dataset shown before the rest is read (data/first-view.ts):
 * which district, or which year or topic, is shown, and that the others will be once read. A
 * chunk of its own, asked for as the part is shown (boot.ts, Shell.tsx's readingRestModule).
 */
export function ReadingRest({ early, lang }: { early: FirstView; lang: Lang }) {
  const words = readingRestWords[lang];
  const { of, view } = early;
  return (
    <p className="reading-rest" role="status">
      {of.unit != null
        ? words.readingRestUnit(view.units.find((u) => u.id === of.unit)?.name ?? '')
        : words.readingRestOf(
            of.year,
            view.options.topics.find((o) => o.value === of.topic)?.label ?? null,
          )}
    </p>
  );
}
