import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoItem } from '../../../domain';
import { useClientLanguage } from '../../../app/clientLanguage';
import { ClientRegion } from '../../clientView/ClientRegion';

type Props = { items: readonly InfoItem[]; onClose: () => void };

/**
 * Large-type view for showing the tablet to the client: only the client-facing texts of
 * the current step, in the client's language — never counsellor hints, notes or answers.
 * A text not yet translated is shown in German, marked with lang="de" and a notice in the
 * client's language, instead of silently falling back to another language.
 */
export function ClientView({ items, onClose }: Props) {
  const { t } = useTranslation('conversation');
  const { language } = useClientLanguage();
  const client = useTranslation(['client', 'clientScript'], { lng: language.code });
  const german = useTranslation('clientScript', { lng: 'de' });
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  const translated = (key: string) =>
    client.i18n.getResource(language.code, 'clientScript', key) as string | undefined;
  return (
    <div className="client-view">
      <div className="client-view__bar" lang={undefined}>
        <button
          ref={closeRef}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={onClose}
        >
          <span className="kern-label">{t('clientView.close')}</span>
        </button>
      </div>
      <ClientRegion labelId="client-view-title">
        <h2 id="client-view-title" className="client-view__title">
          {client.t('view.title', { ns: 'client' })}
        </h2>
        {items.length === 0 && (
          <p className="client-view__text">{client.t('view.nothing', { ns: 'client' })}</p>
        )}
        {items.map((item) => {
          const text = translated(item.textKey);
          return text ? (
            <p key={item.id} className="client-view__text">
              {text}
              {item.legalRef && (
                <>
                  {' '}
                  <bdi className="legal-ref" lang="de">
                    {item.legalRef}
                  </bdi>
                </>
              )}
            </p>
          ) : (
            <div key={item.id} className="stack">
              <p className="client-view__notice">
                {client.t('view.untranslated', { ns: 'client' })}
              </p>
              <p className="client-view__text" lang="de" dir="ltr">
                {german.t(item.textKey)}
              </p>
            </div>
          );
        })}
      </ClientRegion>
    </div>
  );
}
