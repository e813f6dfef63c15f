import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departureLetterSchema, type DepartureLetter } from '../../domain/letters';
import { SyncHttpError, type LetterAdminClient } from '../../app/sync/SyncProvider';
import { todayIso } from '../../app/today';
import { useDepartureLetterStore } from '../../storage/hooks/useDepartureLetter';
import { Alert } from '../../ui/Alert';
import { adminProblem, type Problem } from '../admin/problem';
import { LetterForm } from './LetterForm';
import { letterToForm, newLetterForm } from './letterForm';
import { runtimeT } from '../../i18n/runtimeKeys';

type Loaded = { version: number; letter: DepartureLetter | undefined; unreadable: boolean };

/**
 * Loads the organisation's letter from the server and saves it whole, naming the version it
 * was loaded at: if another administrator saved meanwhile, the server refuses and the form
 * keeps the input. Every load and save is also stored on this device, so the administrator's
 * own device can print the letter at once. On any failure nothing changed.
 */
export function LetterEditor({ admin }: { admin: LetterAdminClient }) {
  const { t } = useTranslation(['letters', 'admin']);
  const storeLocally = useDepartureLetterStore();
  const [request, setRequest] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();
  const [problem, setProblem] = useState<Problem | 'changed'>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let current = true;
    admin.load().then(
      async ({ version, letter }) => {
        const parsed = letter === null ? undefined : departureLetterSchema.safeParse(letter);
        if (current) {
          setLoaded({
            version,
            letter: parsed?.success ? parsed.data : undefined,
            unreadable: parsed !== undefined && !parsed.success,
          });
          setProblem(undefined);
        }
        await storeLocally(version, letter).catch(() => undefined); // a later sync retries
      },
      (error: unknown) => {
        if (current) setProblem(adminProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [admin, request, storeLocally]);

  const save = async (letter: DepartureLetter): Promise<DepartureLetter | undefined> => {
    if (!loaded) return undefined;
    setBusy(true);
    setSaved('');
    try {
      const response = await admin.save(loaded.version, letter);
      const stored = departureLetterSchema.parse(response.letter);
      setLoaded({ version: response.version, letter: stored, unreadable: false });
      setProblem(undefined);
      setSaved(t('admin.saved', { version: response.version }));
      await storeLocally(response.version, response.letter).catch(() => undefined);
      return stored;
    } catch (error) {
      const changed = error instanceof SyncHttpError && error.code === 'letter_changed';
      setProblem(changed ? 'changed' : adminProblem(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="kern-sr-only" role="status">
        {saved}
      </p>
      {problem === 'changed' ? (
        <Alert tone="danger" live="alert" title={t('admin.changedTitle')}>
          <p className="kern-body">{t('admin.changedBody')}</p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setLoaded(undefined);
              setRequest((r) => r + 1);
            }}
          >
            <span className="kern-label">{t('admin.reload')}</span>
          </button>
        </Alert>
      ) : (
        problem && (
          <Alert
            tone="danger"
            live="alert"
            title={runtimeT(t)(problem.key, { ns: 'admin', code: problem.code })}
          />
        )
      )}
      {loaded === undefined ? (
        !problem && (
          <p className="kern-body" role="status">
            {t('admin.loading')}
          </p>
        )
      ) : (
        <>
          <p className="kern-body">
            {loaded.version > 0 ? t('admin.version', { version: loaded.version }) : t('admin.none')}
          </p>
          {saved && <Alert tone="success" title={saved} />}
          {loaded.unreadable ? (
            <Alert tone="danger" title={t('admin.unreadable')} />
          ) : (
            <LetterForm
              key={request}
              initial={
                loaded.letter
                  ? letterToForm(loaded.letter)
                  : newLetterForm(todayIso(), crypto.randomUUID())
              }
              busy={busy}
              onSave={save}
            />
          )}
        </>
      )}
    </div>
  );
}
