import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/AppLink';
import { routes } from '../../app/router';
import type { CaseListEntry } from '../../storage/hooks/useCases';

/** One formatter per language for all rows (creating one per row cost ~0.2 ms each). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function mediumDate(language: string): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    formatters.set(language, formatter);
  }
  return formatter;
}

type Props = { entry: CaseListEntry; nationality: string; followUpDue: boolean };

export function CaseListItem({ entry, nationality, followUpDue }: Props) {
  const { t, i18n } = useTranslation('cases');
  const { digest, unsynced } = entry;
  const updated = mediumDate(i18n.language).format(new Date(digest.updatedAt));
  return (
    <li className="case-card">
      <AppLink href={routes.case(digest.id)} className="kern-link case-card__name">
        {digest.profile.displayName}
      </AppLink>
      {digest.profile.pseudonymised && <span className="badge">{t('list.badges.pseudonym')}</span>}
      <dl className="case-card__meta">
        {digest.profile.fileNumber && (
          <div>
            <dt>{t('fields.fileNumber')}</dt>
            <dd>{digest.profile.fileNumber}</dd>
          </div>
        )}
        {nationality && (
          <div>
            <dt>{t('fields.nationality')}</dt>
            <dd>{nationality}</dd>
          </div>
        )}
        <div>
          <dt>{t('list.updated')}</dt>
          <dd>{updated}</dd>
        </div>
      </dl>
      <ul className="badge-list" aria-label={t('list.badges.label')}>
        {digest.closedOn !== undefined && <li className="badge">{t('list.badges.closed')}</li>}
        {digest.openSessions > 0 && (
          <li className="badge badge--info">
            {t('list.badges.open', { count: digest.openSessions })}
          </li>
        )}
        {followUpDue && <li className="badge badge--warning">{t('list.badges.due')}</li>}
        {unsynced && <li className="badge">{t('list.badges.unsynced')}</li>}
      </ul>
    </li>
  );
}
