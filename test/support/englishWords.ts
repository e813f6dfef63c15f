// English words that have no place in the German interface: the German locale files are
// checked with it (src/i18n/germanLocale.test.ts) and so is every screen's visible German text
// (test/e2e/screens.spec.ts). Words that are also German ("was", "so", "will", "also", "her",
// "optional") are not on the list; German nouns are capitalised, so a capitalised word counts
// only if it cannot be a German noun.
const ENGLISH = new Set(
  [
    'about above account accounts add added after again all already although always and',
    'another any anyone anything are back be because been before being below between both',
    'but by came can cancel case cases child children choose chosen client clients close',
    'closed come consent consents continue conversation conversations could counsellor',
    'counsellors countries country create created current data date dates day days delete',
    'deleted device devices did directory do does done during each edit edited eight either',
    'else email enter entered error errors every everyone everything export failed failure',
    'family father field fields file files find first five for form forms found four from',
    'get give given go going gone got had has have having he help here hers him his how',
    'however husband if into is it item items its just known language languages last later',
    'least less letter letters list lists load loading login logout made make many may me',
    'might mine month months more most mother much must my nationality need needs neither',
    'never new next nine no nobody none nor not note notes nothing now of offer offers often',
    'old one only onto open opened or other our ours page pages password passwords pending',
    'people person please previous program programme record records referral referrals',
    'remove removed report reports required retry revocation revoked same save saved search',
    'second section sections see seen select selected send sent service services setting',
    'settings seven shall she should show shown sign signed since six some someone something',
    'sometimes soon statistics step steps still submit success such summaries summary',
    'support sync synchronised synchronized take taken task tasks ten than thank thanks that',
    'the their them then there therefore these they third this those though three through',
    'time times to today tomorrow transferred try two unknown unless until update updated us',
    'use used user users using valid value values version versions very want wants warning',
    'we week weeks were what when where which while who whom whose why wife with withdrawn',
    'without would year years yes yesterday yet you your yours',
  ]
    .join(' ')
    .split(' '),
);

/** English words that may open a sentence (capitalised) but are never German nouns. */
const ENGLISH_CAPITALISED = new Set([
  'the',
  'and',
  'of',
  'with',
  'for',
  'please',
  'this',
  'these',
  'your',
  'you',
  'our',
  'we',
  'they',
  'their',
  'until',
  'if',
  'when',
  'where',
  'which',
  'what',
  'why',
  'how',
  'save',
  'cancel',
  'delete',
  'back',
  'next',
  'error',
  'loading',
  'settings',
  'task',
]);

/**
 * The English words in one text (placeholders, markup, addresses, domains and codes left out).
 * A code is a checksum after "Prüfsumme" (hex groups: "dca4 f2be faa" once read as "be") or
 * any letters joined to digits ("f2be", "AZ-12b"): parts of codes, never words.
 */
export function englishWordsIn(text: string): string[] {
  const prose = text.replace(
    // Placeholders, markup, addresses, command names quoted on their own („create-org“), and
    // the checksum after "Prüfsumme".
    /\{\{[^}]*\}\}|<[^>]*>|https?:\/\/\S+|\S+@\S+|[\w-]+\.(?:com|de|org|eu|net|info)\b|„[a-z0-9]+(?:-[a-z0-9]+)+“|Prüfsumme:?(?:\s+[0-9a-f]+)+/g,
    ' ',
  );
  const letters = 'A-Za-zÄÖÜäöüß';
  const word = new RegExp(`(?<![0-9${letters}])[${letters}]+(?![0-9${letters}])`, 'g');
  return (prose.match(word) ?? []).filter((word) =>
    word === word.toLowerCase()
      ? ENGLISH.has(word)
      : word[0] === word[0]?.toUpperCase() &&
        word.slice(1) === word.slice(1).toLowerCase() &&
        ENGLISH_CAPITALISED.has(word.toLowerCase()),
  );
}
