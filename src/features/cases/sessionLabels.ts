import { templateForVersion } from '../../content';
import type { ConversationSession } from '../../domain';
import type { RuntimeT } from '../../i18n/runtimeKeys';

/**
 * The link text of each conversation of a case: "Perspektivgespräch vom 05.12.2026". Two of
 * the same kind on one day are told apart by their start time, or else by their order
 * ("2. Gespräch an diesem Tag"), so no two links read alike.
 */
export function sessionLinkLabels(
  sessions: readonly Pick<ConversationSession, 'id' | 'scriptVersion' | 'asOf' | 'startTime'>[],
  t: RuntimeT,
  date: (iso: string) => string,
): Map<string, string> {
  const title = (s: (typeof sessions)[number]) => {
    const tpl = templateForVersion(s.scriptVersion);
    return tpl ? t(tpl.titleKey, { ns: 'script' }) : s.scriptVersion;
  };
  const groups = new Map<string, string[]>();
  for (const s of sessions) {
    const key = `${title(s)}|${s.asOf}`;
    groups.set(key, [...(groups.get(key) ?? []), s.id]);
  }
  return new Map(
    sessions.map((s) => {
      const values = { title: title(s), date: date(s.asOf) };
      const group = groups.get(`${values.title}|${s.asOf}`) ?? [];
      if (group.length < 2) return [s.id, t('detail.sessionLink', { ns: 'cases', ...values })];
      const sameTime = sessions.filter(
        (o) => group.includes(o.id) && o.startTime && o.startTime === s.startTime,
      ).length;
      return [
        s.id,
        s.startTime && sameTime === 1
          ? t('detail.sessionLinkTime', { ns: 'cases', ...values, time: s.startTime })
          : t('detail.sessionLinkNth', { ns: 'cases', ...values, n: group.indexOf(s.id) + 1 }),
      ];
    }),
  );
}
