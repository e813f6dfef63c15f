import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeviceWipe, type DeviceWipe } from '../../storage/hooks/useDeviceWipe';
import { WipeBlockedError } from '../../storage/wipe';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/TextField';

/** 'settings': own section with intro; 'forgotten': the entry on the unlock screen. */
type Variant = 'settings' | 'forgotten';

type Props = DeviceWipe & {
  variant?: Variant;
  /** Level of the confirmation heading, below the heading of the surrounding screen. */
  headingLevel?: 2 | 3;
  /** Called after the data is gone; the app reloads itself to the set-up screen. */
  onWiped: () => void;
};

/** Deletes all data on this device; wired to the real storage hook. */
export function WipeDevicePanel({
  variant = 'settings',
  headingLevel,
}: {
  variant?: Variant;
  headingLevel?: 2 | 3;
}) {
  const { unsynced, wipe } = useDeviceWipe();
  return (
    <WipeDeviceControls
      unsynced={unsynced}
      wipe={wipe}
      variant={variant}
      headingLevel={headingLevel}
      onWiped={() => {
        window.location.assign('/');
      }}
    />
  );
}

/**
 * The reset flow without storage access (testable): a button opens an inline confirmation
 * that states how many changes would be lost and enables the final button only after the
 * confirmation word (from the locale: LÖSCHEN / DELETE) was typed.
 */
export function WipeDeviceControls({
  unsynced,
  wipe,
  onWiped,
  variant = 'settings',
  headingLevel = 3,
}: Props) {
  const { t } = useTranslation('lock');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<'failed' | 'blocked' | undefined>(undefined);
  const startButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  const headingId = useId();

  useEffect(() => {
    if (open) heading.current?.focus();
    else if (wasOpen.current) startButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const word = t('wipe.word');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
  const ready = confirmed && unsynced !== undefined && !busy;

  const onConfirm = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(undefined);
    try {
      await wipe();
      onWiped();
    } catch (e) {
      setError(e instanceof WipeBlockedError ? 'blocked' : 'failed');
      setBusy(false);
    }
  };
  const cancel = () => {
    setOpen(false);
    setTyped('');
    setError(undefined);
  };

  if (!open) {
    return (
      <div className="stack">
        {variant === 'settings' && <p className="kern-body">{t('wipe.intro')}</p>}
        <div className="row">
          <button
            ref={startButton}
            type="button"
            className={
              variant === 'settings'
                ? 'kern-btn kern-btn--primary app-btn--danger'
                : 'kern-btn kern-btn--tertiary'
            }
            onClick={() => {
              setOpen(true);
            }}
          >
            <span className="kern-label">
              {variant === 'settings' ? t('wipe.start') : t('wipe.forgotten')}
            </span>
          </button>
        </div>
      </div>
    );
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const unsyncedText =
    unsynced === undefined ? t('wipe.counting') : t('wipe.unsynced', { count: unsynced });
  return (
    <form
      className="stack wipe-confirm"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => void onConfirm(e)}
    >
      <Heading id={headingId} ref={heading} tabIndex={-1} className="kern-heading-small">
        {t('wipe.confirmTitle')}
      </Heading>
      {variant === 'forgotten' && <p className="kern-body">{t('wipe.forgottenIntro')}</p>}
      <div data-testid="wipe-unsynced">
        <Alert tone={unsynced ? 'danger' : 'info'} title={unsyncedText}>
          {t('wipe.consequences')}
        </Alert>
      </div>
      <TextField
        label={t('wipe.typeWord', { word })}
        value={typed}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        onChange={(e) => {
          setTyped(e.target.value);
        }}
      />
      <div className="row">
        <button
          type="submit"
          className="kern-btn kern-btn--primary app-btn--danger"
          disabled={!ready}
        >
          <span className="kern-label">{busy ? t('wipe.working') : t('wipe.confirm')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={busy}
          onClick={cancel}
        >
          <span className="kern-label">{t('wipe.cancel')}</span>
        </button>
      </div>
      {error && <Alert tone="danger" title={t(`wipe.${error}`)} live="alert" />}
    </form>
  );
}
