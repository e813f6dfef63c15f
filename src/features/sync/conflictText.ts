import { isFactField, participantRoleValues } from '../../domain';
import type { Conflict, JsonValue } from '../../protocol';
import type { RuntimeT } from '../../i18n/runtimeKeys';
import { languageName } from '../../ui/clientFormat';
import { factValueText } from '../referrals/factText';

/**
 * One side of a conflict in words, as the counsellor knows the value from the forms: a
 * country's name instead of "LB", an option's label, a language's name, participants as
 * "role: name (language)". Undefined where the value has no better words than itself (free
 * text, dates, numbers: ConflictValue shows those as they are).
 */
export function conflictValueText(
  conflict: Pick<Conflict, 'entity' | 'field'>,
  value: JsonValue | null,
  t: RuntimeT,
  language: string,
): string | undefined {
  const field = conflict.field;
  if (value === null || field === null) return undefined;
  if (conflict.entity === 'case') {
    if (field === 'gender' && typeof value === 'string') {
      return t(`gender.${value}`, { ns: 'cases', defaultValue: value });
    }
    if (isFactField(field)) return factValueText(field, value, t, language) || undefined;
    return undefined;
  }
  if (conflict.entity === 'session' && field === 'participants' && Array.isArray(value)) {
    return value.map((p) => participantText(p, t, language)).join('\n');
  }
  return undefined;
}

function participantText(value: JsonValue, t: RuntimeT, language: string): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const role = typeof value.role === 'string' ? value.role : '';
  const roleText = (participantRoleValues as readonly string[]).includes(role)
    ? t(`frame.roles.${role}`, { ns: 'conversation' })
    : role;
  const name = typeof value.name === 'string' && value.name !== '' ? `: ${value.name}` : '';
  const lang =
    typeof value.language === 'string' && value.language !== ''
      ? ` (${languageName(value.language, language)})`
      : '';
  return `${roleText}${name}${lang}`;
}
