// The consent text as an ordered list of keyed blocks. The same list is rendered in German
// and in the client's language (renderConsentText), stored with the signature and printed:
// what was signed is what is printed, even after the template changes.
import type { IsoDate } from '../dates';
import type { ConsentChange, PreviousVersion } from './changes';
import { specialCategoriesOf, type ConsentChoices, type RenderedBlock } from './schema';

/** A parameter value: literal text (a name), a key to translate, or a date to format. */
export type BlockParam = string | { key: string } | { date: IsoDate } | { language: string };

export type TextBlock = {
  kind: RenderedBlock['kind'];
  /** Key in the consentText namespace. */
  key: string;
  params?: Record<string, BlockParam>;
};

const k = (key: string) => ({ key });

/** One change against the previous version as a line of text (consentText `changes.*`). */
function changeLine(change: ConsentChange): Pick<TextBlock, 'key' | 'params'> {
  const name = change.name;
  switch (change.kind) {
    case 'recipient-added':
      return { key: 'changes.recipientAdded', params: { name } };
    case 'recipient-removed':
      return change.revokedOn
        ? { key: 'changes.recipientRevoked', params: { name, date: { date: change.revokedOn } } }
        : { key: 'changes.recipientRemoved', params: { name } };
    case 'purpose-added':
      return {
        key: 'changes.purposeAdded',
        params: { name, purpose: k(`purpose.${change.purpose}`) },
      };
    case 'purpose-removed':
      return {
        key: 'changes.purposeRemoved',
        params: { name, purpose: k(`purpose.${change.purpose}`) },
      };
    case 'category-added':
      return {
        key: 'changes.categoryAdded',
        params: { name, category: k(`category.${change.category}`) },
      };
    case 'category-removed':
      return {
        key: 'changes.categoryRemoved',
        params: { name, category: k(`category.${change.category}`) },
      };
    case 'direction-changed':
      return {
        key: 'changes.direction',
        params: { name, direction: k(`direction.${change.direction}`) },
      };
    case 'released-added':
      return { key: 'changes.releasedAdded', params: { name } };
    case 'released-removed':
      return { key: 'changes.releasedRemoved', params: { name } };
  }
}

/**
 * The blocks of a consent or waiver, in reading order. Pure; nothing is translated here. A
 * new version (`previous` given) says first which version it replaces and what it changes.
 */
export function composeConsentText(
  choices: ConsentChoices,
  previous?: PreviousVersion,
): TextBlock[] {
  const c = choices.controller;
  const blocks: TextBlock[] = [];
  const add = (kind: TextBlock['kind'], key: string, params?: Record<string, BlockParam>) =>
    blocks.push(params ? { kind, key, params } : { kind, key });
  const waiver = choices.kind === 'confidentiality-waiver';

  add('title', waiver ? 'title.waiver' : 'title.consent');
  add('paragraph', waiver ? 'intro.waiver' : 'intro.consent', {
    person: choices.personName,
    controller: c.name,
  });

  if (previous) {
    const version = String(previous.version);
    add('heading', 'heading.changes', { version });
    add('paragraph', 'changes.replaces', { version, date: { date: previous.signedOn } });
    if (previous.changes.length === 0) add('paragraph', 'changes.none');
    for (const change of previous.changes)
      blocks.push({ kind: 'paragraph', ...changeLine(change) });
  }

  add('heading', 'heading.controller');
  add('item', 'controller.name', { name: c.name, address: c.address, contact: c.contact });
  add('item', 'controller.dpo', { dpo: c.dataProtectionOfficer });

  if (waiver) {
    add('heading', 'heading.released');
    for (const person of choices.releasedProfessionals) {
      add('item', 'released.person', { name: person.name, role: person.role });
    }
  }

  add('heading', waiver ? 'heading.counterparts' : 'heading.recipients');
  for (const recipient of choices.recipients) {
    const grant = choices.grants.find((g) => g.recipientId === recipient.id);
    add('item', recipient.contact ? 'recipient.withContact' : 'recipient.plain', {
      name: recipient.name,
      kind: k(`recipientKind.${recipient.kind}`),
      ...(recipient.contact ? { contact: recipient.contact } : {}),
    });
    for (const purpose of grant?.purposes ?? []) {
      add('choice', 'choice.purpose', { purpose: k(`purpose.${purpose}`) });
    }
    for (const category of grant?.categories ?? []) {
      add('choice', 'choice.category', { category: k(`category.${category}`) });
    }
    add('note', `direction.${grant?.direction ?? 'one-way'}`);
  }
  if (!waiver && specialCategoriesOf(choices.grants).length > 0) {
    add('paragraph', 'special.health');
  }

  add('heading', 'heading.duration');
  add('paragraph', 'duration', {
    from: { date: choices.validFrom },
    until: { date: choices.validUntil },
  });

  add('heading', 'heading.voluntary');
  add('paragraph', 'voluntary.noEffect');
  add('paragraph', 'voluntary.serviceWithout');

  add('heading', 'heading.revocation');
  add('paragraph', 'revocation.anytime');
  add('paragraph', 'revocation.how', { contact: c.contact, address: c.address });
  add('paragraph', 'revocation.future');

  if (!waiver) {
    add('heading', 'heading.use');
    add('paragraph', 'use.purposeOnly');
    add('paragraph', 'use.retention');
    add('heading', 'heading.rights');
    add('paragraph', 'rights.list');
    add('paragraph', 'rights.complaint', { authority: c.supervisoryAuthority });
  } else {
    add('paragraph', 'waiver.scope');
  }

  if (choices.interpreter) {
    add('note', 'interpreted', {
      name: choices.interpreter.name,
      language: { language: choices.interpreter.language },
    });
  }
  add(
    'note',
    choices.signatory.role === 'guardian' ? 'signatory.guardian' : 'signatory.person',
    choices.signatory.role === 'guardian'
      ? { guardian: choices.signatory.name, person: choices.personName }
      : { person: choices.personName },
  );
  return blocks;
}

export type TextRenderer = {
  /** i18next's t, fixed to one language and the consentText namespace. */
  t: (key: string, params?: Record<string, string>) => string;
  formatDate: (date: IsoDate) => string;
  languageName: (code: string) => string;
};

/** First strong isolate … pop directional isolate (Unicode bidi, UAX #9). */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/**
 * A value as its own direction run. Names, phone numbers, e-mail and postal addresses and
 * dates inside right-to-left text would otherwise be reordered by the bidi algorithm:
 * "02303 27-0" became "0-27 02303" in Arabic and Persian. The marks are part of the signed
 * text (they change nothing a reader sees); RenderedText turns each isolated run into <bdi>.
 */
export const isolate = (value: string) => `${ISOLATE_START}${value}${ISOLATE_END}`;

/** Renders the blocks in one language. A missing text throws instead of falling back. */
export function renderConsentText(
  blocks: readonly TextBlock[],
  renderer: TextRenderer,
  hasKey: (key: string) => boolean,
): RenderedBlock[] {
  const resolve = (value: BlockParam): string => {
    if (typeof value === 'string') return isolate(value);
    if ('key' in value) return translate(value.key);
    if ('date' in value) return isolate(renderer.formatDate(value.date));
    return renderer.languageName(value.language);
  };
  const translate = (key: string, params?: Record<string, string>) => {
    if (!hasKey(key)) throw new MissingConsentTextError(key);
    return renderer.t(key, params);
  };
  return blocks.map((block) => ({
    kind: block.kind,
    text: translate(
      block.key,
      block.params
        ? Object.fromEntries(Object.entries(block.params).map(([n, v]) => [n, resolve(v)]))
        : undefined,
    ),
  }));
}

/** The client language lacks a text of the consent: it must not be signed in it. */
export class MissingConsentTextError extends Error {
  constructor(readonly key: string) {
    super(`Consent text "${key}" is missing in this language.`);
    this.name = 'MissingConsentTextError';
  }
}
