import { useRef } from 'react';
import { NOTES_PAGE } from '../../domain/at-a-glance';
import type { NoteView } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { sectionsWords } from './sections-words';
import { ShowMore } from './ShowMore';
import { usePaged } from './use-paged';
import { SourceCitation } from './SourceCitation';

/** The notes of the view, a page at a time (NOTES_PAGE), more on request. */
export function NotesList({ notes }: { notes: NoteView[] }) {
  const t = useWords(sectionsWords);
  const list = useRef<HTMLUListElement>(null);
  const paged = usePaged('notes', notes.length, NOTES_PAGE, list);
  if (notes.length === 0) return null;
  return (
    <section className="notes-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.notesHeading}</h2>
      <p className="section-intro">{t.notesIntro}</p>
      <ul className="notes-list" ref={list}>
        {notes.slice(0, paged.shown).map((note) => (
          <li key={note.id}>
            <p className="note-meta">
              {[note.unitName ?? t.notesGeneral, note.year, note.topicName]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p>{note.text}</p>
            <p className="note-source">
              {t.sourceLine}: <SourceCitation source={note.source} />
            </p>
          </li>
        ))}
      </ul>
      <ShowMore
        shown={paged.shown}
        total={notes.length}
        page={NOTES_PAGE}
        status={t.notesShown}
        more={paged.more}
        all={paged.all}
      />
    </section>
  );
}
