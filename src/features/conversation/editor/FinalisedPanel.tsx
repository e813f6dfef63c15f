import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../app/AppLink';
import { routes } from '../../../app/router';
import { useCounsellingDefaults } from '../../../storage/hooks/useCounsellingDefaults';
import type { StoredSession } from '../../../storage/sessions/sessionRepository';
import { AddendumForm } from './AddendumForm';
import { DepartureLetterLink } from '../../letters/DepartureLetterLink';

/**
 * A finalised conversation: who finalised it and when, its content hash, the file note, and
 * dated addenda — the only way to correct it. Addenda are appended, never edited.
 */
export function FinalisedPanel({ session }: { session: StoredSession }) {
  const { t, i18n } = useTranslation('conversation');
  const { value: defaults } = useCounsellingDefaults();
  const f = session.finalisation;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  return (
    <div className="stack">
      <h2 className="kern-heading-medium" id="step-title" tabIndex={-1}>
        {t('finalised.title')}
      </h2>
      {f && (
        <dl className="definition-list">
          <dt>{t('finalised.at')}</dt>
          <dd>{when(f.finalisedAt)}</dd>
          <dt>{t('finalised.by')}</dt>
          <dd>{f.finalisedBy}</dd>
          <dt>{t('finalised.hash')}</dt>
          <dd>
            <code className="hash">{f.contentHash}</code>
          </dd>
        </dl>
      )}
      <div className="row">
        <AppLink href={routes.fileNote(session.id)} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('finalised.fileNote')}</span>
        </AppLink>
        <DepartureLetterLink sessionId={session.id} variant="button" />
      </div>
      <section className="stack" aria-labelledby="addenda-title">
        <h3 id="addenda-title" className="kern-heading-small">
          {t('finalised.addenda')}
        </h3>
        {session.addenda.length === 0 ? (
          <p className="kern-body">{t('finalised.noAddenda')}</p>
        ) : (
          <ol className="addenda">
            {session.addenda.map((a) => (
              <li key={a.id}>
                <p className="kern-title">
                  {t('finalised.addendumBy', { when: when(a.writtenAt), author: a.author })}
                </p>
                <p className="kern-body preserve-lines">{a.text}</p>
              </li>
            ))}
          </ol>
        )}
        <AddendumForm
          sessionId={session.id}
          defaultAuthor={defaults?.counsellorName || f?.finalisedBy || ''}
        />
      </section>
    </div>
  );
}
