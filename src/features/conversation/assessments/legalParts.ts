// Finds the metadata of the notes and hints an assessment shows, so that a note that is
// less certain than its rule (e.g. a special rule of unknown status) carries its own
// reference and "to verify" flag. Keys are `<prefix>.<kind>.<id>` (see domain/i18nKeys).
import type { RuleMeta } from '../../../domain';

export type PartMeta = { readonly id: string; readonly meta?: RuleMeta };

/** The key prefix of an assessment, taken from its title key (`<prefix>.title`). */
export function keyPrefix(titleKey: string): string {
  return titleKey.replace(/\.title$/, '');
}

/** The metadata of the part whose key is `<prefix>.<kind>.<id>`, if it has its own. */
export function partMeta(
  parts: readonly PartMeta[] | undefined,
  prefix: string,
  kind: 'note' | 'hint',
  key: string,
): RuleMeta | undefined {
  return parts?.find((p) => `${prefix}.${kind}.${p.id}` === key)?.meta;
}

/** A part of a rule flagged for verification, listed under "Rechtsgrundlage & Stand". */
export type FlaggedPart = {
  readonly key: string;
  readonly textKey: string;
  readonly meta: RuleMeta;
};
