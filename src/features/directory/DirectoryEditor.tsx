import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  supportOfferSchema,
  type SupportOffer,
  type SupportOfferInput,
} from '../../domain/directory';
import type { DirectoryAdminClient } from '../../app/sync/SyncProvider';
import { todayIso } from '../../app/today';
import { shippedClientLanguages } from '../../i18n/localeFiles';
import { useDirectoryStore } from '../../storage/hooks/useDirectory';
import { Alert } from '../../ui/Alert';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { adminProblem, type Problem } from '../admin/problem';
import { OfferForm } from './OfferForm';
import { emptyOfferForm, offerToForm } from './offerForm';
import { runtimeT } from '../../i18n/runtimeKeys';

type Editing = { mode: 'new' } | { mode: 'edit'; offer: SupportOffer } | undefined;
const LANGS = shippedClientLanguages.map((l) => l.code);

/**
 * List, create, edit and delete offers, and load the example data. Every action is one
 * server call; on failure the message says why and nothing changed (the form keeps its
 * input). After each change the list is fetched again and also stored on this device, so
 * the administrator's own device can search and print it at once.
 */
export function DirectoryEditor({ admin }: { admin: DirectoryAdminClient }) {
  const { t } = useTranslation(['directory', 'flyer', 'admin']);
  const storeLocally = useDirectoryStore();
  const [request, setRequest] = useState(0);
  const [data, setData] = useState<{ version: number; offers: SupportOffer[] }>();
  const [problem, setProblem] = useState<Problem>();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    admin.list().then(
      async ({ version, offers }) => {
        const valid = offers.flatMap((o) => {
          const parsed = supportOfferSchema.safeParse(o);
          return parsed.success ? [parsed.data] : [];
        });
        if (current) {
          setData({ version, offers: valid });
          setProblem(undefined);
        }
        await storeLocally(version, offers).catch(() => undefined); // a later sync retries
      },
      (error: unknown) => {
        if (current) setProblem(adminProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [admin, request, storeLocally]);

  /** Runs one server call; reports, reloads and returns whether it worked. */
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setProblem(undefined);
      setAnnouncement(done);
      setRequest((r) => r + 1);
      return true;
    } catch (error) {
      setProblem(adminProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const closeEditor = () => {
    setEditing(undefined);
    listHeading.current?.focus();
  };
  const save = async (input: SupportOfferInput) => {
    const ok = await run(
      () =>
        editing?.mode === 'edit' ? admin.update(editing.offer.id, input) : admin.create(input),
      t('admin.saved', { name: input.name }),
    );
    if (ok) closeEditor();
  };

  const problemText = problem
    ? runtimeT(t)(problem.key, { ns: 'admin', code: problem.code })
    : undefined;
  return (
    <div className="stack">
      <p className="kern-sr-only" role="status">
        {announcement}
      </p>
      {problemText && <Alert tone="danger" live="alert" title={problemText} />}
      {editing ? (
        <section className="stack" aria-labelledby="directory-editor">
          <h2 className="kern-heading-medium" id="directory-editor">
            {editing.mode === 'new' ? t('admin.newTitle') : t('admin.editTitle')}
          </h2>
          <OfferForm
            initial={
              editing.mode === 'new'
                ? emptyOfferForm(todayIso(), LANGS)
                : offerToForm(editing.offer, LANGS)
            }
            busy={busy}
            onSave={save}
            onCancel={closeEditor}
          />
        </section>
      ) : (
        <div className="row">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => {
              setEditing({ mode: 'new' });
            }}
          >
            <span className="kern-label">{t('admin.create')}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={busy}
            onClick={() => void run(() => admin.loadExample(), t('admin.exampleLoaded'))}
          >
            <span className="kern-label">{t('admin.loadExample')}</span>
          </button>
        </div>
      )}
      <h2 className="kern-heading-medium" id="directory-list" ref={listHeading} tabIndex={-1}>
        {t('admin.listTitle', { count: data?.offers.length ?? 0 })}
      </h2>
      {data === undefined && !problem && (
        <p className="kern-body" role="status">
          {t('admin.loading')}
        </p>
      )}
      {data && <p className="kern-body">{t('admin.version', { version: data.version })}</p>}
      {data?.offers.some((o) => o.example) && (
        <Alert tone="warning" title={t('example.title')}>
          <p className="kern-body">{t('example.body')}</p>
        </Alert>
      )}
      <ul className="directory-results" aria-labelledby="directory-list">
        {data?.offers.map((offer) => (
          <li key={offer.id} className="directory-result">
            <h3 className="kern-heading-small">{offer.name}</h3>
            <p className="kern-body">
              {t(`kind.${offer.kind}`, { ns: 'flyer' })}
              {offer.example ? ` · ${t('example.badge')}` : ''}
            </p>
            {deleting === offer.id ? (
              <ConfirmPanel
                title={t('admin.deleteTitle', { name: offer.name })}
                confirmLabel={t('admin.deleteConfirm')}
                cancelLabel={t('cancel', { ns: 'admin' })}
                busyLabel={t('working', { ns: 'admin' })}
                busy={busy}
                problem={problemText}
                onConfirm={() =>
                  void run(
                    () => admin.remove(offer.id),
                    t('admin.deleted', { name: offer.name }),
                  ).then((ok) => {
                    // The focused panel disappears with the offer: continue at the list.
                    if (ok) {
                      setDeleting(undefined);
                      listHeading.current?.focus();
                    }
                  })
                }
                onCancel={() => {
                  setDeleting(undefined);
                }}
              >
                <p className="kern-body">{t('admin.deleteBody')}</p>
              </ConfirmPanel>
            ) : (
              <div className="row">
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  aria-label={t('admin.editNamed', { name: offer.name })}
                  onClick={() => {
                    setEditing({ mode: 'edit', offer });
                  }}
                >
                  <span className="kern-label">{t('admin.edit')}</span>
                </button>
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  aria-label={t('admin.deleteNamed', { name: offer.name })}
                  onClick={() => {
                    setDeleting(offer.id);
                  }}
                >
                  <span className="kern-label">{t('admin.delete')}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
