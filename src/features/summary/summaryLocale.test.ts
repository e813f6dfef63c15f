// The summary namespace (German master) holds a client text for everything the engine can put
// into a summary, and nothing else: no pathway, consequence, return option or action without
// a plain-language text, and no dead text for reviewers to check. Other languages must match
// the master key for key (src/i18n/clientLocales.test.ts).
import { describe, expect, it } from 'vitest';
import {
  allDomainKeys,
  CONSEQUENCES,
  noticeKindValues,
  PATHWAY_IDS,
  PATHWAY_STATUS_KEYS,
  RETURN_OPTIONS,
} from '../../domain';
import de from '../../../locales/de/summary.json';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix === '' ? k : `${prefix}.${k}`),
  );
}

const actionKeys = allDomainKeys().filter((k) => /\.action(\.|$)/.test(k));
const expected = [
  ...PATHWAY_IDS.flatMap((id) => [`pathway.${id}.title`, `pathway.${id}.what`]),
  ...Object.keys(PATHWAY_STATUS_KEYS).map((s) => `status.${s}`),
  ...CONSEQUENCES.flatMap((c) => [`consequence.${c.id}.title`, `consequence.${c.id}.what`]),
  ...RETURN_OPTIONS.flatMap((o) => [
    `returnOption.${o.id}.title`,
    `returnOption.${o.id}.what`,
    `returnOption.${o.id}.contact`,
  ]),
  ...actionKeys.map((k) => `action.${k}`),
  ...noticeKindValues.map((k) => `notice.${k}`),
].sort();

describe('summary texts', () => {
  const present = leaves(de).filter((k) => !k.startsWith('_meta') && !k.startsWith('doc.'));

  it('has a plain-language text for every pathway, consequence, return option and action', () => {
    expect(actionKeys.length).toBeGreaterThan(50);
    expect(expected.filter((k) => !present.includes(k))).toEqual([]);
  });

  it('has no text the engine can no longer produce', () => {
    expect(present.filter((k) => !expected.includes(k))).toEqual([]);
  });
});
