const MARK = '\u241F';

type Props = {
  /** The translated sentence, given the value's placeholder (e.g. `(v) => t(key, { status: v })`). */
  sentence: (value: string) => string;
  value: string;
  /** Language of the value when it differs from the sentence's (e.g. an English status). */
  lang?: string;
};

/**
 * A translated sentence with one value set apart as its own direction run, wherever the
 * translation puts the placeholder: an English or Latin value inside Arabic or Tigrinya text
 * keeps its order and is marked with its own language.
 */
export function IsolatedValue({ sentence, value, lang }: Props) {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return (
    <>
      {before}
      <bdi lang={lang} dir={lang ? 'ltr' : undefined}>
        {value}
      </bdi>
      {after}
    </>
  );
}
