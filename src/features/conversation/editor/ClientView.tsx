import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoItem } from '../../../domain';
import { useClientLanguage } from '../../../app/clientLanguage';
import { useClientMode } from '../../../app/clientMode';
import { ClientRegion } from '../../clientView/ClientRegion';
import { ClientViewExit } from '../../clientView/ClientViewExit';

type Props = { items: readonly InfoItem[]; onClose: () => void };

/**
 * Large-type view for showing the tablet to the client: only the client-facing texts of
 * the current step, in the client's language — never counsellor hints, notes or answers.
 * A text not yet translated is shown in German, marked with lang="de" and a notice in the
 * client's language, instead of silently falling back to another language.
 *
 * A closed room (clientMode.ts): while it is open there is no header, navigation or link,
 * and no navigation; `onClose` runs only after the counsellor's passphrase (ClientViewExit).
 * Focus starts at the title, so a screen reader reads the client's text first.
 */
export function ClientView({ items, onClose }: Props) {
  useClientMode();
  const { language } = useClientLanguage();
  const client = useTranslation(['client', 'clientScript'], { lng: language.code });
  const german = useTranslation('clientScript', { lng: 'de' });
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const translated = (key: string) =>
    client.i18n.getResource(language.code, 'clientScript', key) as string | undefined;
  return (
    <div className="client-view">
      <div className="client-view__bar">
        <ClientViewExit onLeave={onClose} />
      </div>
      <ClientRegion labelId="client-view-title">
        <h2 id="client-view-title" className="client-view__title" ref={titleRef} tabIndex={-1}>
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
