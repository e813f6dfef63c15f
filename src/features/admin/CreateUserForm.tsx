import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminClient } from '../../app/sync/SyncProvider';
import { emailSchema, roles, type OneTimePasswordResponse, type Role } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';
import { adminProblem, type Problem } from './problem';
import { runtimeT } from '../../i18n/runtimeKeys';

type Props = {
  admin: AdminClient;
  onCreated: (response: OneTimePasswordResponse) => void;
};

const DEFAULT_ROLES: readonly Role[] = ['counsellor'];

/**
 * Creates an account (e-mail, name, roles). Checked before sending: a valid e-mail address,
 * a name, at least one role. The server generates the one-time password (see onCreated).
 */
export function CreateUserForm({ admin, onCreated }: Props) {
  const { t } = useTranslation('admin');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<Role>>(new Set(DEFAULT_ROLES));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [takenEmail, setTakenEmail] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const emailInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const firstRole = useRef<HTMLInputElement>(null);
  const id = useId();
  const rolesErrorId = `${id}-roles-error`;

  const normalisedEmail = email.trim().toLowerCase();
  const emailError =
    normalisedEmail === ''
      ? t('create.emailRequired')
      : !emailSchema.safeParse(normalisedEmail).success
        ? t('create.emailInvalid')
        : normalisedEmail === takenEmail
          ? t('create.emailTaken')
          : undefined;
  const nameError = displayName.trim() === '' ? t('create.nameRequired') : undefined;
  const rolesError = selected.size === 0 ? t('create.rolesRequired') : undefined;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    setProblem(undefined);
    const invalid = emailError ? emailInput : nameError ? nameInput : rolesError ? firstRole : null;
    if (invalid) {
      invalid.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const response = await admin.createUser({
        email: normalisedEmail,
        displayName: displayName.trim(),
        roles: roles.filter((role) => selected.has(role)),
      });
      setEmail('');
      setDisplayName('');
      setSelected(new Set(DEFAULT_ROLES));
      setSubmitted(false);
      onCreated(response);
    } catch (error) {
      const found = adminProblem(error);
      if (found.key === 'problem.emailTaken') {
        setTakenEmail(normalisedEmail);
        emailInput.current?.focus();
      } else {
        setProblem(found);
      }
    } finally {
      setBusy(false);
    }
  };

  const shown = (error: string | undefined) => (submitted ? error : undefined);
  return (
    <form className="stack form-narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
      <TextField
        ref={emailInput}
        label={t('create.email')}
        hint={t('create.emailHint')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        required
        value={email}
        error={shown(emailError)}
        onChange={(e) => {
          setEmail(e.target.value);
        }}
      />
      <TextField
        ref={nameInput}
        label={t('create.name')}
        hint={t('create.nameHint')}
        autoComplete="off"
        maxLength={200}
        required
        value={displayName}
        error={shown(nameError)}
        onChange={(e) => {
          setDisplayName(e.target.value);
        }}
      />
      <fieldset
        className="kern-fieldset"
        aria-describedby={shown(rolesError) ? rolesErrorId : undefined}
      >
        <legend className="kern-label">{t('create.roles')}</legend>
        <div className="kern-fieldset__body stack admin-roles">
          {roles.map((role, index) => (
            <div key={role}>
              <div className="kern-form-check">
                <input
                  ref={index === 0 ? firstRole : undefined}
                  id={`${id}-${role}`}
                  type="checkbox"
                  className={`kern-form-check__checkbox${shown(rolesError) ? ' kern-form-check__checkbox--error' : ''}`}
                  aria-describedby={`${id}-${role}-hint`}
                  aria-invalid={shown(rolesError) ? true : undefined}
                  checked={selected.has(role)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(role);
                    else next.delete(role);
                    setSelected(next);
                  }}
                />
                <label className="kern-label" htmlFor={`${id}-${role}`}>
                  {t(`roles.${role}`)}
                </label>
              </div>
              <div className="kern-hint admin-roles__hint" id={`${id}-${role}-hint`}>
                {t(`roleHints.${role}`)}
              </div>
            </div>
          ))}
        </div>
        {shown(rolesError) && (
          <p className="kern-error" id={rolesErrorId} role="alert">
            {rolesError}
          </p>
        )}
      </fieldset>
      <div className="row">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          aria-disabled={busy || undefined}
        >
          <span className="kern-label">{busy ? t('create.working') : t('create.submit')}</span>
        </button>
      </div>
      {problem && (
        <Alert
          tone="danger"
          live="alert"
          title={runtimeT(t)(problem.key, { code: problem.code })}
        />
      )}
    </form>
  );
}
