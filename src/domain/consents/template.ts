// The consent text template: its version (stored in every signed consent) and the legal
// anchors each part rests on. Texts are keys in locales/<lang>/consentText.json; German is
// authoritative. Sources and confidence from research/domain.md section 4; M means
// "to verify" and is shown as such in the review sheet.
import type { RuleMeta } from '../rules/types';

type Anchor = Pick<RuleMeta, 'legalRef' | 'source' | 'validFrom' | 'reviewedOn' | 'confidence'> & {
  toVerify: boolean;
  /** Which part of the text relies on it. */
  covers: string;
};

const GDPR_SOURCE = 'Verordnung (EU) 2016/679 (DSGVO), ABl. L 119 vom 4.5.2016';

export const CONSENT_TEMPLATE = {
  // v2: a new version says what it changes; names, contacts and dates are isolated runs.
  version: 'einwilligung-2026-11-v2',
  validFrom: '2026-11-21',
  reviewedOn: '2026-11-21',
  /** The practice concept whose Anlage 3 the form follows. */
  basis: 'Kreis Unna, Perspektivgespräch – Praxiskonzept, Anlage 3',
  anchors: [
    {
      covers: 'Einwilligung als Rechtsgrundlage, freiwillig, ohne Nachteil',
      legalRef: 'Art. 6 Abs. 1 lit. a, Art. 7 Abs. 4, ErwG 42, 43 DSGVO',
      source: GDPR_SOURCE,
      validFrom: '2018-05-25',
      reviewedOn: '2026-11-21',
      confidence: 'high',
      toVerify: false,
    },
    {
      covers: 'Gesundheitsdaten nur mit ausdrücklicher Einwilligung',
      legalRef: 'Art. 9 Abs. 2 lit. a DSGVO',
      source: GDPR_SOURCE,
      validFrom: '2018-05-25',
      reviewedOn: '2026-11-21',
      confidence: 'high',
      toVerify: false,
    },
    {
      covers: 'Nachweis, Schriftform, Widerruf jederzeit und so einfach wie die Erteilung',
      legalRef: 'Art. 7 Abs. 1–3 DSGVO',
      source: GDPR_SOURCE,
      validFrom: '2018-05-25',
      reviewedOn: '2026-11-21',
      confidence: 'high',
      toVerify: false,
    },
    {
      covers: 'Informationspflichten: Verantwortliche, DSB, Empfänger, Zwecke, Dauer, Rechte',
      legalRef: 'Art. 13, Art. 15–18, 21, 77 DSGVO',
      source: GDPR_SOURCE,
      validFrom: '2018-05-25',
      reviewedOn: '2026-11-21',
      confidence: 'high',
      toVerify: false,
    },
    {
      covers: 'Entbindung von der Schweigepflicht (Berufsgeheimnisträger, Amtsträger)',
      legalRef: '§ 203 Abs. 1, 2 StGB',
      source: 'ddrm.de; kassys IFD-Hinweise (StGB nicht erneut gelesen)',
      validFrom: '1998-04-01',
      reviewedOn: '2026-11-21',
      confidence: 'medium',
      toVerify: true,
    },
    {
      covers: 'Minderjährige: Unterschrift der gesetzlichen Vertretung',
      legalRef: 'Art. 7, Art. 8 DSGVO (analog); §§ 1626, 1629 BGB',
      source: 'gkomv.de FAQ (Landesintegrationsministerium)',
      validFrom: '2018-05-25',
      reviewedOn: '2026-11-21',
      confidence: 'medium',
      toVerify: true,
    },
  ] satisfies Anchor[],
} as const;
