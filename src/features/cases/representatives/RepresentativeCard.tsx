import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Representative } from '../../../domain';
import { formatUiDate } from '../../followUps/followUpDisplay';
import { ConfirmPanel } from '../../../ui/ConfirmPanel';

type Props = {
  representative: Representative;
  onEdit: () => void;
  /** Resolves when removed; rejects when the removal failed. */
  onRemove: () => Promise<void>;
};

/** One representative: role, contact, scope and proof, with edit and (confirmed) remove. */
export function RepresentativeCard({ representative: r, onEdit, onRemove }: Props) {
  const { t, i18n } = useTranslation('representatives');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const nameId = useId();

  useEffect(() => {
    if (!confirming && wasConfirming.current) removeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const kind = t(`proofKinds.${r.proof.kind}`);
  const remove = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await onRemove();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <li className="representative" aria-labelledby={nameId}>
      <h3 id={nameId} className="kern-heading-small">
        {r.name}
      </h3>
      <dl className="definition-list">
        <dt>{t('fields.role')}</dt>
        <dd>{t(`roles.${r.role}`)}</dd>
        <dt>{t('fields.contact')}</dt>
        <dd className="representative__text">{r.contact}</dd>
        <dt>{t('fields.scope')}</dt>
        <dd className="representative__text">{r.scope}</dd>
        <dt>{t('fields.proof')}</dt>
        <dd>
          {r.proof.dated
            ? t('proof.dated', { kind, date: formatUiDate(r.proof.dated, i18n.language) })
            : kind}
          {r.proof.note && (
            <>
              <br />
              {t('proof.note', { note: r.proof.note })}
            </>
          )}
        </dd>
      </dl>
      {confirming ? (
        <RemoveConfirmation
          name={r.name}
          busy={busy}
          failed={failed}
          onConfirm={() => void remove()}
          onCancel={() => {
            setFailed(false);
            setConfirming(false);
          }}
        />
      ) : (
        <div className="row">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onEdit}>
            <span className="kern-label">{t('section.edit', { name: r.name })}</span>
          </button>
          <button
            type="button"
            ref={removeButton}
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setConfirming(true);
            }}
          >
            <span className="kern-label">{t('section.remove', { name: r.name })}</span>
          </button>
        </div>
      )}
    </li>
  );
}

type ConfirmationProps = {
  name: string;
  busy: boolean;
  failed: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Inline confirmation (the shared panel: its heading takes the focus). */
function RemoveConfirmation({ name, busy, failed, onConfirm, onCancel }: ConfirmationProps) {
  const { t } = useTranslation('representatives');
  return (
    <ConfirmPanel
      title={t('confirmRemove.title', { name })}
      confirmLabel={t('confirmRemove.confirm')}
      cancelLabel={t('confirmRemove.cancel')}
      busyLabel={t('confirmRemove.confirm')}
      busy={busy}
      problem={failed ? t('confirmRemove.failed') : undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p className="kern-body">{t('confirmRemove.body')}</p>
    </ConfirmPanel>
  );
}
