import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { REPRESENTATIVE_LIMITS, type CaseRecord } from '../../../domain';
import { RepresentativeCard } from './RepresentativeCard';
import { RepresentativeForm } from './RepresentativeForm';
import { useRepresentativeActions } from './representativeActions';
import './representatives.css';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * On the case page: the person's authorised representatives (Bevollmächtigte) with role,
 * contact, scope and proof; add, edit and remove them. After a change the focus returns to
 * the section heading and a status message says what happened.
 */
export function RepresentativesSection({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('representatives');
  const actions = useRepresentativeActions();
  const representatives = record.profile.representatives ?? [];
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const close = (message = '') => {
    flushSync(() => {
      setEditing({ kind: 'closed' });
      setStatus(message);
    });
    heading.current?.focus();
  };
  const edited = editing.kind === 'edit' ? editing.id : undefined;
  const full = representatives.length >= REPRESENTATIVE_LIMITS.count;

  return (
    <section className="stack" aria-labelledby="representatives-title">
      <h2 id="representatives-title" ref={heading} tabIndex={-1} className="kern-heading-medium">
        {t('section.title')}
      </h2>
      <p className="kern-body">{t('section.intro')}</p>
      {representatives.length === 0 ? (
        <p className="kern-body">{t('section.none')}</p>
      ) : (
        <ul className="representative-list">
          {representatives.map((r) =>
            r.id === edited ? (
              <li key={r.id} className="representative">
                <RepresentativeForm
                  caseId={record.id}
                  representative={r}
                  onSaved={(saved) => {
                    close(t('section.saved', { name: saved.name }));
                  }}
                  onCancel={() => {
                    close();
                  }}
                />
              </li>
            ) : (
              <RepresentativeCard
                key={r.id}
                representative={r}
                onEdit={() => {
                  setStatus('');
                  setEditing({ kind: 'edit', id: r.id });
                }}
                onRemove={async () => {
                  await actions.remove(record.id, r.id);
                  close(t('section.removed', { name: r.name }));
                }}
              />
            ),
          )}
        </ul>
      )}
      {editing.kind === 'add' ? (
        <RepresentativeForm
          caseId={record.id}
          onSaved={(saved) => {
            close(t('section.saved', { name: saved.name }));
          }}
          onCancel={() => {
            close();
          }}
        />
      ) : (
        !full && (
          <div className="row">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => {
                setStatus('');
                setEditing({ kind: 'add' });
              }}
            >
              <span className="kern-label">{t('section.add')}</span>
            </button>
          </div>
        )
      )}
      <p className="kern-body" role="status">
        {status}
      </p>
    </section>
  );
}
