/**
 * Text with § references (and the German law names after them) isolated as left-to-right
 * German runs, so "(§ 25b AufenthG)" keeps its order inside Arabic, Persian, Pashto or
 * Sorani text.
 */
export function LegalText({ text }: { text: string }) {
  const parts = text.split(
    /(§+\s?[^()،,.;:]*?(?:AufenthG|AsylbLG|AsylG|BeschV|StGB|BGB|SGB [IVX]+|GG)\b)/u,
  );
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <bdi key={index} dir="ltr" lang="de">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}
