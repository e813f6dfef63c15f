import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import type { PrivacyClient } from '../../app/sync/SyncProvider';
import { ERASURE_LEGAL_BASES, type ErasureLegalBasis } from '../../domain';
import { Alert } from '../../ui/Alert';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { privacyProblem } from './problem';

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Props = {
  client: PrivacyClient;
  /** Whether the organisation keeps files under a statutory retention duty (basis required). */
  statutoryRetention: boolean;
  onErased: () => void;
};

/**
 * A data subject's request for one case, by its identifier (administrators never see names):
 * the Art. 15 export opens as its own printable page; the Art. 17 erasure asks for
 * confirmation naming everything that goes, and — where the organisation keeps files under
 * a statutory duty — for the legal basis. The server re-checks both and refuses with 409
 * `legal_basis_required`; nothing is deleted then, and the refusal is shown as such.
 */
export function CaseRequestPanel({ client, statutoryRetention, onErased }: Props) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const [caseId, setCaseId] = useState('');
  const [touched, setTouched] = useState(false);
  const [basis, setBasis] = useState<ErasureLegalBasis | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [askedErase, setAskedErase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<{ key: string; code: string }>();
  const eraseButton = useRef<HTMLButtonElement>(null);

  const clean = caseId.trim().toLowerCase();
  const valid = CASE_ID.test(clean);
  const basisMissing = statutoryRetention && basis === '';

  const erase = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.erase(clean, basis === '' ? undefined : basis);
      setConfirming(false);
      setDone(true);
      setCaseId('');
      setBasis('');
      setTouched(false);
      setAskedErase(false);
      onErased();
    } catch (error) {
      setProblem(privacyProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack form-narrow">
      <p className="kern-body">{t('request.intro')}</p>
      <TextField
        label={t('request.caseId')}
        hint={t('request.caseIdHint')}
        autoComplete="off"
        spellCheck={false}
        value={caseId}
        error={touched && !valid ? t('request.caseIdInvalid') : undefined}
        onChange={(e) => {
          setCaseId(e.target.value);
          setConfirming(false);
          setDone(false);
          setProblem(undefined);
        }}
        onBlur={() => {
          setTouched(caseId !== '');
        }}
      />
      <SelectField
        id={`${id}-basis`}
        label={t('request.legalBasis')}
        hint={
          statutoryRetention ? t('request.legalBasisRequired') : t('request.legalBasisOptional')
        }
        value={basis}
        error={askedErase && basisMissing ? t('request.legalBasisMissing') : undefined}
        onChange={(e) => {
          setBasis(e.target.value as ErasureLegalBasis | '');
          setProblem(undefined);
        }}
      >
        <option value="">{t('request.legalBasisNone')}</option>
        {ERASURE_LEGAL_BASES.map((code) => (
          <option key={code} value={code}>
            {t(`legalBases.${code}`)}
          </option>
        ))}
      </SelectField>
      <div className="row">
        {valid ? (
          <AppLink href={routes.accessExport(clean)} className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('request.export')}</span>
          </AppLink>
        ) : (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => {
              setTouched(true);
            }}
          >
            <span className="kern-label">{t('request.export')}</span>
          </button>
        )}
        <button
          ref={eraseButton}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            setTouched(true);
            setAskedErase(true);
            setDone(false);
            if (valid && !basisMissing) setConfirming(true);
          }}
        >
          <span className="kern-label">{t('request.erase')}</span>
        </button>
      </div>
      {confirming && valid && !basisMissing && (
        <ConfirmPanel
          headingLevel={3}
          title={t('request.confirmTitle', { id: clean })}
          confirmLabel={t('request.delete')}
          cancelLabel={t('request.cancel')}
          busyLabel={t('request.working')}
          busy={busy}
          onConfirm={() => void erase()}
          onCancel={() => {
            setConfirming(false);
            setProblem(undefined);
            eraseButton.current?.focus();
          }}
        >
          <p className="kern-body">{t('request.confirmIntro')}</p>
          <ul className="privacy-confirm-list">
            {(['case', 'sessions', 'consents', 'referrals', 'devices'] as const).map((item) => (
              <li key={item}>{t(`request.confirmItems.${item}`)}</li>
            ))}
          </ul>
          <p className="kern-body">{t('request.confirmKept')}</p>
        </ConfirmPanel>
      )}
      {problem && (
        <Alert
          tone="danger"
          live="alert"
          title={
            problem.code === 'legal_basis_required'
              ? t('request.statutoryTitle')
              : t(problem.key, { code: problem.code })
          }
        >
          {problem.code === 'legal_basis_required' && <p className="kern-body">{t(problem.key)}</p>}
        </Alert>
      )}
      {done && <Alert tone="success" live="status" title={t('request.done')} />}
    </div>
  );
}
