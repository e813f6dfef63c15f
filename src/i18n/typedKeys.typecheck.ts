// Checked by `npm run typecheck` only (never imported): proves that interface keys are typed.
// If the typing in resources.d.ts stopped working, the @ts-expect-error lines would become
// unused and the typecheck would fail.
import i18next from 'i18next';

export function typedKeysAreChecked(): string[] {
  const t = i18next.getFixedT(null, 'documents');
  return [
    t('fileNote.notFound.title'),
    // @ts-expect-error A key naming a group of texts ("returned an object") is refused.
    t('fileNote.notFound'),
    // @ts-expect-error A key that does not exist is refused.
    t('fileNote.noSuchKey'),
  ];
}
