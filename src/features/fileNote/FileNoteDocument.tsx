import type { FileNote, FileNoteSection } from '../../domain';
import { useFileNoteText } from './useFileNoteText';

type Text = ReturnType<typeof useFileNoteText>;

function SectionView({ section, text }: { section: FileNoteSection; text: Text }) {
  const headingId = `file-note-${section.id}`;
  return (
    <section className="file-note__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-small file-note__heading">
        {text.key(section.headingKey)}
      </h2>
      {section.lines.map((line, index) => (
        <p
          // Lines have no identity of their own; their order within a section is fixed.
          key={index}
          className={'text' in line ? 'file-note__line file-note__line--text' : 'file-note__line'}
        >
          {text.line(line)}
        </p>
      ))}
    </section>
  );
}

/** The file note as a document, always in German (it goes into the German file). */
export function FileNoteDocument({ note }: { note: FileNote }) {
  const text = useFileNoteText();
  return (
    <article lang="de" className="file-note" aria-labelledby="file-note-title">
      <h1 id="file-note-title" className="kern-heading-large file-note__title">
        {text.key(note.titleKey)}
      </h1>
      {note.draftMarkerKey !== undefined && (
        <p className="file-note__draft" data-testid="file-note-draft">
          {text.key(note.draftMarkerKey)}
        </p>
      )}
      <dl className="kern-description-list file-note__meta">
        {note.meta.map((m) => (
          <div className="kern-description-list-item" key={m.labelKey}>
            <dt className="kern-description-list-item__key">{text.key(m.labelKey)}</dt>
            <dd className="kern-description-list-item__value">
              {typeof m.value === 'string' ? m.value : text.line(m.value)}
            </dd>
          </div>
        ))}
      </dl>
      {note.sections.map((section) => (
        <SectionView key={section.id} section={section} text={text} />
      ))}
    </article>
  );
}
