// Conversation content: the script templates (texts are keys into locales/<lang>/script.json).
import { scriptVersionOf } from '../domain';
import type { ScriptTemplate } from '../domain';
import { fruehRueckkehrberatung } from './scripts/fruehRueckkehrberatung';
import { perspektivgespraech } from './scripts/perspektivgespraech';
import { shOptionsmodell } from './scripts/shOptionsmodell';

export { fruehRueckkehrberatung, perspektivgespraech, shOptionsmodell };

export const SCRIPT_TEMPLATES: readonly ScriptTemplate[] = [
  perspektivgespraech,
  fruehRueckkehrberatung,
  shOptionsmodell,
];

/** Finds a template by its recorded script version (e.g. 'perspektivgespraech@2026-11-1'). */
export function templateForVersion(scriptVersion: string): ScriptTemplate | undefined {
  return SCRIPT_TEMPLATES.find((t) => scriptVersionOf(t) === scriptVersion);
}
