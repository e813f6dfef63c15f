import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import ar from '../../../locales/ar/consentText.json';
import de from '../../../locales/de/consentText.json';
import {
  composeConsentText,
  renderConsentText,
  type ConsentRevocation,
  type SignedConsent,
} from '../../domain';
import { consentChoices, signedContent, TINY_PNG } from '../../domain/consents/consents.fixtures';
import { initI18n } from '../../i18n/i18n';
import { ConsentDocument, type CopyKind } from './ConsentDocument';
import { formatClientDate, languageName } from '../../ui/clientFormat';

const choices = consentChoices(); // Arabic client copy, two recipients
const HASH = 'c0ffee'.repeat(10) + 'abcd';
const chosenPurposes = [...new Set(choices.grants.flatMap((g) => g.purposes))];
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
const revocationHow = (text: string) =>
  fill(text, { contact: choices.controller.contact, address: choices.controller.address });

let consent: SignedConsent;

function renderIn(lang: string) {
  const t = i18next.getFixedT(lang, 'consentText');
  return renderConsentText(
    composeConsentText(choices),
    {
      t: (key, params) => t(key, params),
      formatDate: (date) => formatClientDate(date, lang),
      languageName: (code) => languageName(code, lang),
    },
    (key) => i18next.getResource(lang, 'consentText', key) !== undefined,
  );
}

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadLanguages(['ar']);
  await i18next.loadNamespaces(['consentText', 'consents']);
  consent = {
    ...signedContent({
      renderedText: { de: renderIn('de'), client: renderIn('ar') },
      signature: { method: 'drawn', signatory: TINY_PNG },
    }),
    id: '9b2f4c1e-8d7a-4e3b-9c6d-5a4b3c2d1e0f',
    contentHash: HASH,
  };
});
afterEach(cleanup);

function show(copy: CopyKind, revocations: readonly ConsentRevocation[] = []) {
  const { container } = render(
    <Suspense fallback={null}>
      <ConsentDocument consent={consent} revocations={revocations} copy={copy} />
    </Suspense>,
  );
  return container;
}

/** A printed block with exactly this text (values inside it are separate <bdi> runs). */
const block = (container: HTMLElement, text: string) =>
  [...container.querySelectorAll('p')].find((p) => p.textContent === text);

const textIn = (container: HTMLElement, lang: string) => {
  const block = container.querySelector<HTMLElement>(`.consent-text[lang="${lang}"]`);
  expect(block).not.toBeNull();
  return block as HTMLElement;
};

describe('ConsentDocument', () => {
  it('prints the client copy in Arabic (right-to-left) with the authoritative German', async () => {
    const container = show('client');
    expect(await screen.findByText(ar.copy.authoritative)).toHaveAttribute('dir', 'rtl');
    const arabic = textIn(container, 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    for (const recipient of choices.recipients) expect(arabic).toHaveTextContent(recipient.name);
    for (const purpose of chosenPurposes) {
      expect(within(arabic).getByText(`الغرض: ${ar.purpose[purpose]}`)).toBeInTheDocument();
    }
    expect(within(arabic).getByText(ar.revocation.anytime)).toBeInTheDocument();
    expect(block(arabic, revocationHow(ar.revocation.how))).toBeDefined();
    // The phone number and e-mail address are their own left-to-right run in Arabic.
    for (const contact of within(arabic).getAllByText(choices.controller.contact)) {
      expect(contact.tagName).toBe('BDI');
      expect(contact).toHaveAttribute('dir', 'ltr');
    }

    const german = textIn(container, 'de');
    expect(german).toHaveAttribute('dir', 'ltr');
    expect(within(german).getByText(de.revocation.anytime)).toBeInTheDocument();
    expect(block(german, revocationHow(de.revocation.how))).toBeDefined();
    for (const recipient of choices.recipients) expect(german).toHaveTextContent(recipient.name);

    // The translation status in Arabic and in German, never the file's English note.
    const arDate = formatClientDate('2026-11-21', 'ar');
    const status = block(
      container,
      `${ar.copy.translationDraft} ${fill(ar.copy.translationDate, { date: arDate })}`,
    );
    expect(status).toHaveAttribute('lang', 'ar');
    expect(status).toHaveAttribute('dir', 'rtl');
    const germanStatus = block(
      container,
      `${de.copy.translationDraft} ${fill(de.copy.translationDate, { date: '21. November 2026' })}`,
    );
    expect(germanStatus).toHaveAttribute('lang', 'de');
    expect(container).not.toHaveTextContent(ar._meta.status);
    expect(screen.getByRole('img', { name: ar.copy.signature })).toHaveAttribute('src', TINY_PNG);
    // No proof block and no revocation on the client copy of a valid consent.
    expect(screen.queryByText(HASH)).not.toBeInTheDocument();
    expect(container.querySelector('.consent-document__revoked')).toBeNull();
  });

  it('prints the file copy in German only, with template version and content hash', async () => {
    const container = show('file');
    expect(await screen.findByText(HASH)).toBeInTheDocument();
    expect(screen.getByText(choices.templateVersion)).toBeInTheDocument();
    expect(screen.getByText('Prüfsumme (SHA-256)')).toBeInTheDocument();
    expect(screen.getByText(de.copy.file)).toBeInTheDocument();
    expect(container.querySelector('[lang="ar"]')).toBeNull();
    for (const purpose of chosenPurposes) {
      expect(screen.getByText(`Zweck: ${de.purpose[purpose]}`)).toBeInTheDocument();
      expect(container).not.toHaveTextContent(ar.purpose[purpose]);
    }
    expect(container).not.toHaveTextContent(ar.copy.authoritative);
    expect(container).not.toHaveTextContent(de.copy.authoritative);
    expect(container).not.toHaveTextContent(de.copy.translationDraft);
    // No raw codes on the German file: the language of the copy by its name.
    expect(screen.getByText('Sprache der Kopie').nextElementSibling).toHaveTextContent('Arabisch');
  });

  it('shows the revocation of this consent on both copies, not that of another', async () => {
    const revocation = (consentId: string, receivedOn: string): ConsentRevocation => ({
      id: crypto.randomUUID(),
      caseId: consent.caseId,
      consentId,
      scope: { kind: 'all' },
      receivedOn,
      receivedVia: 'letter',
      recordedBy: 'Frau Berger',
      recordedAt: `${receivedOn}T09:00:00+01:00`,
    });
    const revocations = [
      revocation(consent.id, '2026-12-01'),
      revocation('1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', '2026-12-05'),
    ];
    const container = show('client', revocations);
    const arDate = new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(
      new Date('2026-12-01T12:00:00'),
    );
    const line = await waitFor(() => {
      const found = block(container, fill(ar.copy.revoked, { date: arDate }));
      expect(found).toBeDefined();
      return found!;
    });
    expect(line).toHaveAttribute('lang', 'ar');
    // The date is its own run inside the Arabic sentence.
    expect(within(line).getByText(arDate).tagName).toBe('BDI');
    expect(container.querySelectorAll('.consent-document__revoked')).toHaveLength(1);
    cleanup();

    const file = show('file', revocations);
    await waitFor(() => {
      expect(block(file, 'Widerrufen am 1. Dezember 2026')).toBeDefined();
    });
    expect(file).not.toHaveTextContent(/Widerrufen am 5\. Dezember/);
    // The file copy says how it came in, who recorded it, and its note.
    const row = screen.getByRole('row', { name: /1\. Dezember 2026/ });
    expect(row).toHaveTextContent('Brief');
    expect(row).toHaveTextContent('Die ganze Erklärung');
    expect(row).toHaveTextContent('Frau Berger');
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });
});
