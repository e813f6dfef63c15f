// Typed i18n keys: every `t('…')` of the interface is checked against the German master
// texts (locales/de), so a missing key, or a key that names a group of texts instead of one
// text, fails the typecheck instead of showing "key … returned an object" on screen.
//
// The content namespaces are addressed by keys that are computed at run time (script items,
// rule ids, record and summary parts, consent and client texts): the compiler cannot check
// those, so they are typed as plain string maps, and their completeness is checked by the
// locale tests instead (questionsLocales, summaryLocale, clientLocales, script validation).
import type admin from '../../locales/de/admin.json';
import type backup from '../../locales/de/backup.json';
import type cases from '../../locales/de/cases.json';
import type common from '../../locales/de/common.json';
import type consents from '../../locales/de/consents.json';
import type conversation from '../../locales/de/conversation.json';
import type directory from '../../locales/de/directory.json';
import type documents from '../../locales/de/documents.json';
import type letters from '../../locales/de/letters.json';
import type lock from '../../locales/de/lock.json';
import type privacy from '../../locales/de/privacy.json';
import type referrals from '../../locales/de/referrals.json';
import type representatives from '../../locales/de/representatives.json';
import type statistics from '../../locales/de/statistics.json';
import type sync from '../../locales/de/sync.json';

/** A namespace whose keys are data (see above): any key, returning a string. */
type RuntimeKeyed = Record<string, string>;

declare module 'i18next' {
  // Module augmentation merges interfaces only.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      admin: typeof admin;
      assessments: RuntimeKeyed;
      backup: typeof backup;
      cases: typeof cases;
      client: RuntimeKeyed;
      clientScript: RuntimeKeyed;
      common: typeof common;
      consentText: RuntimeKeyed;
      consents: typeof consents;
      conversation: typeof conversation;
      directory: typeof directory;
      documents: typeof documents;
      flyer: RuntimeKeyed;
      letter: RuntimeKeyed;
      letters: typeof letters;
      lock: typeof lock;
      privacy: typeof privacy;
      questions: RuntimeKeyed;
      record: RuntimeKeyed;
      referrals: typeof referrals;
      representatives: typeof representatives;
      rules: RuntimeKeyed;
      script: RuntimeKeyed;
      statistics: typeof statistics;
      summary: RuntimeKeyed;
      sync: typeof sync;
    };
    returnNull: false;
  }
}
