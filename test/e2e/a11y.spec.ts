// The accessibility gate: every screen of the app, checked with axe (WCAG 2.0–2.2 A/AA, the
// BITV 2.0 baseline), with the German interface and with the English one, each time with
// Arabic as the client's language so the right-to-left client regions are checked.
//
// This file walks the English interface. The German interface is checked by the screens walk
// (screens.spec.ts), which already visits every screen for its screenshots and runs axe on
// each, and on the states in between: empty case list, follow-ups and support directory,
// referral inbox, new case form (and its validation error), case page before and after a
// conversation, the representative form's validation errors, every conversation step this
// walk takes (framework data, status question, pathways, consequences, client view in Arabic
// and its passphrase prompt, notices, agreements, closing and its confirmation), the finalised
// conversation, file note, Arabic summary, consent builder steps 1–3 (step 1 with validation
// errors and filled in), waiver builder, follow-ups with an open item, conflicts, not found.
// One walk per language, so each screen is visited once per language.
//
// Not covered here: the administration screen needs a signed-in organisation admin and a
// server with an organisation; admin.spec.ts checks it with axe (and the screens walk in
// German). The signed consent page and its revocation form are checked in consent.spec.ts
// (signing needs a drawn signature).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabletLandscape } from './support/chromium';
import { browserAndServer } from './support/harness';
import { axeViolations } from './support/axe';
import { leaveClientView, PASSPHRASE } from './support/device';

const PERSON = 'Layla Beispiel';

/**
 * The English interface texts the walk-through clicks and waits for. The German interface is
 * walked by screens.spec.ts, which runs axe on every screen it photographs and on the states in
 * between (the list in this file's header).
 */
const en = {
  code: 'en',
  setUpTitle: 'Set up this device',
  passphrase: 'Passphrase',
  repeatPassphrase: 'Repeat passphrase',
  setUp: 'Set up device',
  unlockTitle: 'Unlock device',
  unlock: 'Unlock',
  cases: 'Cases',
  noCases: 'No cases on this device yet',
  oneCase: '1 case',
  followUps: 'Follow-ups',
  nothingDue: 'Nothing due',
  directory: 'Support services',
  noDirectory: 'No support services yet',
  referrals: 'Referrals',
  inboxTitle: 'Incoming referrals',
  addRepresentative: 'Add authorised representative',
  saveRepresentative: 'Save',
  cancelRepresentative: 'Cancel',
  representativeNameRequired: "Please enter the representative's name.",
  oneFollowUp: '1 open item',
  settings: 'Settings',
  controller: {
    name: 'Controller (organisation responsible)',
    address: 'Address',
    contact: 'Contact for withdrawals (phone, email)',
    dataProtectionOfficer: 'Data protection officer (contact)',
    supervisoryAuthority: 'Data protection supervisory authority (name, address)',
    save: 'Save details',
    saved: 'Saved.',
  },
  conflictsTitle: 'Resolve conflicts',
  noConflicts: 'There are no open conflicts.',
  notFound: 'Page not found',
  newCase: 'Create new case',
  newCaseTitle: 'New case',
  personName: 'Name of the person counselled',
  birthDate: 'When was the person born?',
  birthDateFuture: 'The date of birth cannot be in the future.',
  createCase: 'Create case',
  noConsent: /^There is no consent on file/,
  startConversation: 'Start conversation',
  frame: 'Framework data',
  clientLanguage: 'Language of the person counselled',
  participants: 'Welcome and interpreting',
  currentStatus: 'Current status and proceedings',
  duldung: 'Duldung (§ 60a)',
  pathwayResults: 'Result: pathways to stay',
  consequences: 'Consequences of non-compliance',
  clientView: 'View for the person counselled',
  closeClientView: 'Back to counsellor view',
  clientViewPassphrase: 'Passphrase of this device',
  leaveClientView: 'Back to counselling',
  representative: 'Naming an authorised representative',
  noRepresentative: 'None',
  notices: 'Documents handed out',
  noticeDeparture: 'Departure deadline and threat of deportation',
  agreements: 'Agreements and handouts',
  addAction: 'Add own action',
  actionText: 'What needs to be done?',
  actionDue: 'By when?',
  handout: 'Copy of this conversation',
  next: 'Next',
  closing: 'Closing',
  finalisedBy: 'Finalised by',
  finalise: 'Finalise conversation',
  confirmFinalise: 'Yes, finalise',
  finalised: 'Finalised conversation',
  fileNote: 'View and print file note',
  hashConfirmed: 'Checksum confirmed',
  backToConversation: 'Back to the conversation',
  backToCase: `Back to case ${PERSON}`,
  summary: 'Summary for the client',
  summaryLanguage: 'Language of the summary',
  summaryBack: 'Back to the case',
  newConsent: 'Record consent',
  newWaiver: 'Record confidentiality waiver',
  consentBack: 'Back to case',
  toText: 'Next: show text',
  purposeMissing: 'Please tick at least one purpose.',
  recipient: 'Recipient 1',
  recipientKind: 'Type of organisation',
  recipientName: 'Name of the organisation or person',
  purpose: 'Obtaining a passport',
  category: 'Identity and contact details',
  direction: 'Both ways (each may inform the other)',
  validUntil: 'Valid until',
  toSignature: 'Text has been explained – continue to signature',
  saveSignature: 'Save signature',
};

type Labels = typeof en;

/** Navigates the way the app's router does (for screens without an in-app link). */
async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const h2 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });

/**
 * Walks through every screen with the interface in `t`'s language and runs axe on each.
 * Violations are collected (soft assertions), so one run reports every screen's findings.
 * To keep the gate fast, each screen is checked once; the intermediate states on the way
 * (empty lists, more steps of the conversation) are checked in German by screens.spec.ts.
 */
async function visitEveryScreen(page: Page, t: Labels) {
  const check = async (screen: string) => {
    expect.soft(await axeViolations(page), `${t.code}: ${screen}`).toEqual([]);
  };

  // Device set-up, then the empty case list.
  await h1(page, t.setUpTitle).waitFor();
  await check('device set-up');
  await page.getByLabel(t.passphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t.repeatPassphrase, { exact: true }).fill(PASSPHRASE);
  await button(page, t.setUp).click();
  await h1(page, t.cases).waitFor({ timeout: 20_000 });
  await page.getByText(t.noCases).waitFor();

  // A reload locks the app.
  await page.reload();
  await h1(page, t.unlockTitle).waitFor();
  await check('unlock');
  await page.getByLabel(t.passphrase, { exact: true }).fill(PASSPHRASE);
  await button(page, t.unlock).click();
  await h1(page, t.cases).waitFor({ timeout: 20_000 });

  // Settings, with the organisation details that consent forms need.
  await link(page, t.settings).click();
  await h1(page, t.settings).waitFor();
  await page.getByTestId('storage-persistence').waitFor();
  const c = t.controller;
  await page.getByLabel(c.name, { exact: true }).fill('Kreis Unna, Ausländerbehörde');
  await page.getByLabel(c.address, { exact: true }).fill('Friedrich-Ebert-Straße 17, 59425 Unna');
  await page.getByLabel(c.contact, { exact: true }).fill('02303 27-0, abh@kreis-unna.example');
  await page.getByLabel(c.dataProtectionOfficer, { exact: true }).fill('dsb@kreis-unna.example');
  await page
    .getByLabel(c.supervisoryAuthority, { exact: true })
    .fill('LDI NRW, Kavalleriestraße 2–4, 40213 Düsseldorf');
  await button(page, c.save).click();
  await page.getByText(c.saved, { exact: true }).waitFor();
  await check('settings');

  await link(page, t.followUps).click();
  await h1(page, t.followUps).waitFor();
  await page.getByText(t.nothingDue).waitFor();

  await link(page, t.directory).click();
  await h1(page, t.directory).waitFor();
  await page.getByText(t.noDirectory).waitFor();
  await link(page, t.referrals).click();
  await h1(page, t.inboxTitle).waitFor();

  // No in-app link leads to these two (conflicts are linked only while there are some) and a
  // reload would lock the app: navigate the way its router does.
  await goInApp(page, '/konflikte');
  await h1(page, t.conflictsTitle).waitFor();
  await page.getByText(t.noConflicts).waitFor();
  await check('conflicts');
  await goInApp(page, '/gibt-es-nicht');
  await h1(page, t.notFound).waitFor();
  await check('not found');

  // New case, with an inline validation error first.
  await link(page, t.cases).click();
  await link(page, t.newCase).click();
  await h1(page, t.newCaseTitle).waitFor();
  await page.getByLabel(t.personName, { exact: true }).fill(PERSON);
  const birth = page.getByRole('textbox', { name: t.birthDate });
  await birth.fill('01.01.2099');
  await birth.press('Tab');
  await page.getByRole('alert').filter({ hasText: t.birthDateFuture }).waitFor();
  await check('new case form (validation error)');
  await birth.fill('15.03.1999');
  await button(page, t.createCase).click();
  await h1(page, PERSON).waitFor();
  await page.getByText(t.noConsent).waitFor();
  await button(page, t.addRepresentative).click();
  await button(page, t.saveRepresentative).click();
  await page.getByText(t.representativeNameRequired).waitFor();
  await check('authorised representative form (validation errors)');
  await button(page, t.cancelRepresentative).click();

  // Conversation: Arabic client, a few steps including assessments, the client view.
  await button(page, t.startConversation).click();
  await h2(page, t.frame).waitFor();
  await page.getByLabel(t.clientLanguage, { exact: true }).selectOption('ar');
  await check('conversation: framework data');
  await button(page, t.participants).click();
  await h2(page, t.participants).waitFor();
  await button(page, t.currentStatus).click();
  await h2(page, t.currentStatus).waitFor();
  await page.getByLabel(t.duldung, { exact: true }).check();
  await button(page, t.pathwayResults).click();
  await h2(page, t.pathwayResults).waitFor();
  await check('conversation: assessment (pathways to stay)');
  await button(page, t.consequences).click();
  await h2(page, t.consequences).waitFor();
  await button(page, t.clientView).click();
  const region = page.getByTestId('client-region');
  await region.waitFor();
  expect(await region.getAttribute('dir')).toBe('rtl');
  expect(await region.getAttribute('lang')).toBe('ar');
  await check('conversation: client view (Arabic)');
  await button(page, t.closeClientView).click();
  await page.getByLabel(t.clientViewPassphrase, { exact: true }).waitFor();
  await check('conversation: client view, asking for the passphrase');
  await button(page, t.cancelRepresentative).click();
  await leaveClientView(page, {
    open: t.closeClientView,
    field: t.clientViewPassphrase,
    leave: t.leaveClientView,
  });

  await button(page, t.representative).click();
  await page.getByLabel(t.noRepresentative, { exact: true }).check();
  await button(page, t.notices).click();
  await h2(page, t.notices).waitFor();
  await page.getByLabel(t.noticeDeparture).check();
  await button(page, t.agreements).click();
  await h2(page, t.agreements).waitFor();
  await button(page, t.addAction).click();
  await page.getByLabel(t.actionText, { exact: true }).fill('Geburtsurkunde mitbringen');
  await page.getByLabel(t.actionDue, { exact: true }).fill('31.12.2099');
  await page.getByLabel(t.handout, { exact: true }).check();
  await button(page, t.next).click();
  await h2(page, t.closing).waitFor();
  await page.getByLabel(t.finalisedBy, { exact: true }).fill('Frau Beispiel');
  await button(page, t.finalise).click();
  await button(page, t.confirmFinalise).waitFor();
  await button(page, t.confirmFinalise).click();
  await h2(page, t.finalised).waitFor();
  await check('finalised conversation');

  await link(page, t.fileNote).click();
  await page.getByText(t.hashConfirmed).waitFor();
  await check('file note');
  await link(page, t.backToConversation).click();
  await h2(page, t.finalised).waitFor();
  await link(page, t.backToCase).click();
  await h1(page, PERSON).waitFor();
  await check('case page (finalised conversation)');

  // Summary for the client, in Arabic.
  await link(page, t.summary).click();
  await h1(page, t.summary).waitFor();
  await page.getByLabel(t.summaryLanguage, { exact: true }).selectOption('ar');
  const arabic = page.locator('.summary__part[lang="ar"]');
  await arabic.getByRole('heading', { level: 1 }).waitFor();
  expect(await arabic.getAttribute('dir')).toBe('rtl');
  await check('summary (Arabic)');
  await link(page, t.summaryBack).click();
  await h1(page, PERSON).waitFor();

  // Data consent builder, steps 1–3 (the copy's language follows the client: Arabic).
  await link(page, t.newConsent).click();
  await button(page, t.toText).click();
  await page.getByText(t.purposeMissing).first().waitFor();
  await check('consent builder step 1 (validation errors)');
  const recipient = page.getByRole('group', { name: t.recipient });
  await recipient.getByLabel(t.recipientKind).selectOption('integration-centre');
  await recipient.getByLabel(t.recipientName).fill('KI Kreis Unna');
  await recipient.getByLabel(t.purpose).check();
  await recipient.getByLabel(t.category).check();
  await recipient.getByLabel(t.direction).check();
  const until = new Date();
  until.setFullYear(until.getFullYear() + 1);
  await page.getByLabel(t.validUntil).fill(until.toISOString().slice(0, 10));
  await button(page, t.toText).click();
  const arabicText = page.locator('.consent-text[lang="ar"]');
  await arabicText.waitFor();
  expect(await arabicText.getAttribute('dir')).toBe('rtl');
  await button(page, t.toSignature).waitFor();
  await check('consent builder step 2 (Arabic and German text)');
  await button(page, t.toSignature).click();
  await button(page, t.saveSignature).waitFor();
  await check('consent builder step 3 (signature)');
  // Leaving the builder with input asks first (a native dialog); leave.
  page.once('dialog', (dialog) => void dialog.accept());
  await link(page, t.consentBack).click();
  await h1(page, PERSON).waitFor();

  // Confidentiality waiver builder, step 1.
  await link(page, t.newWaiver).click();
  await button(page, t.toText).waitFor();
  await check('waiver builder step 1');

  // The lists, now with content.
  await link(page, t.followUps).click();
  await h1(page, t.followUps).waitFor();
  await page.getByText(t.oneFollowUp).waitFor();
  await check('follow-ups (one open item)');
  await link(page, t.cases).click();
  await page.getByText(t.oneCase, { exact: true }).waitFor();
  await check('case list (one case)');
}

describe('accessibility gate', () => {
  const env = browserAndServer();

  it('has no WCAG 2.2 A/AA violations on any screen, with the English interface and an Arabic client', async () => {
    const context = await env.browser.newContext(tabletLandscape);
    const page = await context.newPage();
    await page.goto(env.server.url);
    // The interface language can be chosen on the set-up screen already.
    await h1(page, 'Dieses Gerät einrichten').waitFor();
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await visitEveryScreen(page, en);
    await context.close();
  }, 240_000);
});
