import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ControllerSchema, type Controller } from '../../domain';
import type { ConsentControllerAdminClient } from '../../app/sync/SyncProvider';
import { Alert } from '../../ui/Alert';
import { ConsentControllerForm } from '../settings/ConsentControllerForm';

type Loaded = { version: number; controller: Controller | null };

/**
 * The organisation's details for consents, entered once here and fetched by every tablet at
 * its next sync (instead of typed into each). Online only, like the rest of the
 * administration; a save from an outdated version is refused and reloads.
 */
export function ControllerAdminPanel({ client }: { client: ConsentControllerAdminClient }) {
  const { t } = useTranslation(['admin', 'consents']);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    client.load().then(
      (r) => {
        if (!live) return;
        const parsed = r.controller ? ControllerSchema.safeParse(r.controller) : undefined;
        setLoaded({ version: r.version, controller: parsed?.success ? parsed.data : null });
        setFailed(false);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [client, attempt]);

  if (failed) return <Alert tone="danger" title={t('controller.loadFailed')} live="alert" />;
  if (!loaded) return <p className="kern-body">{t('controller.loading')}</p>;
  return (
    <ConsentControllerForm
      key={attempt}
      initial={loaded.controller}
      intro={t('controller.adminIntro')}
      onSave={async (controller) => {
        try {
          const saved = await client.save(loaded.version, controller);
          setLoaded({ version: saved.version, controller });
        } catch (error) {
          setAttempt((n) => n + 1); // reload: another administrator may have saved
          throw error;
        }
      }}
    />
  );
}
