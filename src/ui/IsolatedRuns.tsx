const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG = /[\p{L}]/u;

/** The direction a run starts with (its first letter); no letter at all (digits): left to right. */
export function firstStrongDir(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (STRONG.test(char)) return RTL.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/**
 * Text whose isolated runs (U+2068 … U+2069, set by renderConsentText around names, phone
 * numbers, addresses and dates) become <bdi> elements with the run's own direction: the
 * order stays right in right-to-left text, and a printed PDF carries no control characters.
 */
export function IsolatedRuns({ text }: { text: string }) {
  const parts = text.split(/\u2068([^\u2068\u2069]*)\u2069/u);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <bdi key={index} dir={firstStrongDir(part)}>
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A value as its own direction run inside translated text (see IsolatedRuns). */
export const isolated = (value: string) => `\u2068${value}\u2069`;

/** Interpolation values, each isolated: `t(key, isolateAll({ date, place }))`. */
export function isolateAll<K extends string>(values: Record<K, string>): Record<K, string> {
  // Keeps the value names in the type, so typed `t()` calls see which values they get.
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, isolated(v as string)]),
  ) as Record<K, string>;
}
