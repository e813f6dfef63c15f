// Test helper: every rule metadata of the engine with a readable name (pathways with their
// requirements and notes, consequences with notes, return options with hints, screening).
import { CONSEQUENCES } from '../consequences/definitions';
import { RETURN_OPTIONS } from '../returnOptions/definitions';
import { OPTIONSMODELL_META } from '../screening/optionsmodell';
import { PATHWAYS } from './registry';
import type { RuleMeta } from './types';

export function allMetas(): { name: string; meta: RuleMeta }[] {
  return [
    ...PATHWAYS.flatMap((p) => [
      { name: p.id, meta: p.meta },
      ...p.requirements.map((r) => ({ name: `${p.id}/${r.id}`, meta: r.meta })),
      ...p.notes.flatMap((n) => (n.meta ? [{ name: `${p.id}/note/${n.id}`, meta: n.meta }] : [])),
    ]),
    ...CONSEQUENCES.flatMap((c) => [
      { name: c.id, meta: c.meta },
      ...c.notes.flatMap((n) => (n.meta ? [{ name: `${c.id}/note/${n.id}`, meta: n.meta }] : [])),
    ]),
    ...RETURN_OPTIONS.flatMap((o) => [
      { name: o.id, meta: o.meta },
      ...o.hints.flatMap((h) => (h.meta ? [{ name: `${o.id}/hint/${h.id}`, meta: h.meta }] : [])),
    ]),
    { name: 'optionsmodell', meta: OPTIONSMODELL_META },
  ];
}
