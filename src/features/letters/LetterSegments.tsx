import { LETTER_BLANK, LETTER_PLACEHOLDERS, type LetterSegment } from '../../domain/letters';

/**
 * A filled text of the letter. Filled values are their own direction runs: names, numbers and
 * dates (written in Latin script and digits) left to right inside Arabic, Persian, Pashto or
 * Sorani text; a nationality named in the reader's language takes its own direction. A
 * missing value is a line to write on, kept left to right so it never swaps places.
 */
export function LetterSegments({ segments }: { segments: readonly LetterSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => {
        const key = String(index);
        if (segment.kind === 'text') return segment.text;
        if (segment.kind === 'blank') {
          return (
            <bdi key={key} dir="ltr" className="letter__blank">
              {LETTER_BLANK}
            </bdi>
          );
        }
        const kind = LETTER_PLACEHOLDERS[segment.placeholder];
        if (kind === 'nationality') return <bdi key={key}>{segment.text}</bdi>;
        // A date or file number split over two lines of right-to-left text reads in the
        // wrong order: they stay on one line.
        const whole = kind === 'date' || segment.placeholder === 'fileNumber';
        return (
          <bdi key={key} dir="ltr" lang="de" className={whole ? 'letter__value--whole' : undefined}>
            {segment.text}
          </bdi>
        );
      })}
    </>
  );
}
