import type { NoteView } from '../../domain/view-model';
import { useWords } from '../../i18n/words';
import { sectionsWords } from './sections-words';
import { SourceCitation } from './SourceCitation';

export function NotesList({ notes }: { notes: NoteView[] }) {
  const t = useWords(sectionsWords);
  if (notes.length === 0) return null;
  return (
    <section className="notes-section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.notesHeading}</h2>
      <p className="section-intro">{t.notesIntro}</p>
      <ul className="notes-list">
        {notes.map((note) => (
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
    </section>
  );
}
