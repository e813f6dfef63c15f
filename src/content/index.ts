// Conversation content: the script templates (texts are keys into locales/<lang>/script.json).
import { scriptVersionOf } from '../domain';
import type { ScriptTemplate } from '../domain';
import { fruehRueckkehrberatung } from './scripts/fruehRueckkehrberatung';
import { perspektivgespraech } from './scripts/perspektivgespraech';
import { shOptionsmodell } from './scripts/shOptionsmodell';
import { fruehRueckkehrberatung_2026_11_1 } from './scripts/archive/fruehRueckkehrberatung-2026-11-1';
import { perspektivgespraech_2026_11_1 } from './scripts/archive/perspektivgespraech-2026-11-1';

export { fruehRueckkehrberatung, perspektivgespraech, shOptionsmodell };

export const SCRIPT_TEMPLATES: readonly ScriptTemplate[] = [
  perspektivgespraech,
  fruehRueckkehrberatung,
  shOptionsmodell,
];

/**
 * Earlier versions, never offered for a new conversation: a conversation keeps the version it
 * was recorded with, so it must still open, print and show its file note after an update.
 */
export const ARCHIVED_TEMPLATES: readonly ScriptTemplate[] = [
  perspektivgespraech_2026_11_1,
  fruehRueckkehrberatung_2026_11_1,
];

/** Finds a template by its recorded script version (e.g. 'perspektivgespraech@2026-11-1'). */
export function templateForVersion(scriptVersion: string): ScriptTemplate | undefined {
  return [...SCRIPT_TEMPLATES, ...ARCHIVED_TEMPLATES].find(
    (t) => scriptVersionOf(t) === scriptVersion,
  );
}
